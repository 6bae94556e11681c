package io.bulkhead.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulkhead.sigma.Diagnostic;
import io.bulkhead.sigma.RuleInfo;
import io.bulkhead.sigma.RuleKind;
import io.bulkhead.sigma.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The pack as a whole: it loads with no problem at all (what {@code bulkhead lint --rules rules/}
 * checks), every rule carries the metadata an analyst needs, has events of its own, and is written
 * for any organisation rather than for the scenario it was tuned on.
 */
final class RulePackTest {
  private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

  /** Names and addresses of the scenario and of the published incident, which no rule may rely on. */
  private static final List<String> SCENARIO_WORDS = List.of(
      "smartsheet", "moveworks", "193.142.58", "198.244.174", "idowall", "jvm-agent", "svc-bitbucket",
      "svc-backup", "ci-build", "m247", "example.com", "sliver");

  static Stream<Path> ruleFiles() {
    return RulePack.ruleFiles().stream();
  }

  static Stream<Path> detectionFiles() {
    return RulePack.ruleFiles().stream().filter(p -> !RulePack.isFilterFile(p));
  }

  @Test
  void pack_loadsWithoutAnyDiagnostic() {
    RuleSet rs = RulePack.rules();
    assertThat(rs.diagnostics()).extracting(Diagnostic::toString).isEmpty();
    assertThat(rs.rejected()).isEmpty();
    assertThat(rs.detections()).isNotEmpty();
    assertThat(rs.correlations()).isNotEmpty();
    assertThat(rs.filters()).isNotEmpty();
  }

  @Test
  void everyRule_hasAUniqueVersion4UuidAndALevel() {
    List<RuleInfo> infos = RulePack.rules().infos(i -> true);
    Set<String> ids = new HashSet<>();
    for (RuleInfo i : infos) {
      assertThat(i.id()).as("id of %s", i.location()).isNotNull().matches(UUID);
      assertThat(ids.add(i.id())).as("id %s of %s is unique", i.id(), i.location()).isTrue();
      if (i.kind() != RuleKind.FILTER) {
        assertThat(i.level()).as("level of %s", i.location()).isNotNull();
        assertThat(i.status()).as("status of %s", i.location()).isNotNull();
        assertThat(i.tags()).as("ATT&CK tags of %s", i.location()).anyMatch(t -> t.matches("attack\\.t\\d{4}(\\.\\d{3})?"));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("ruleFiles")
  void ruleFile_documentsEveryRule(Path file) throws IOException {
    for (Object doc : new Load(LoadSettings.builder().build()).loadAllFromString(Files.readString(file))) {
      Map<?, ?> m = (Map<?, ?>) doc;
      assertThat(m.get("description")).as("description in %s", file).isNotNull();
      assertThat(m.get("author")).as("author in %s", file).isNotNull();
      if (!m.containsKey("filter")) {
        assertThat(m.get("falsepositives")).as("falsepositives of '%s' in %s", m.get("title"), file).isNotNull();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("detectionFiles")
  void ruleFile_hasMatchingAndNonMatchingEvents(Path file) {
    assertThat(RulePack.testFiles(file, "match")).as("tests/%s.match.*", RulePack.stem(file)).isNotEmpty();
    assertThat(RulePack.testFiles(file, "nomatch")).as("tests/%s.nomatch.*", RulePack.stem(file)).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("ruleFiles")
  void ruleFile_namesNoScenarioIdentity(Path file) throws IOException {
    String text = Files.readString(file).toLowerCase(Locale.ROOT);
    assertThat(SCENARIO_WORDS).as("scenario words in %s", file).noneMatch(text::contains);
  }

  @Test
  void testFolders_holdOnlyEventsOfExistingRules() throws IOException {
    Set<String> stems = new HashSet<>();
    RulePack.ruleFiles().forEach(p -> stems.add(p.getParent().getFileName() + "/" + RulePack.stem(p)));
    try (Stream<Path> s = Files.walk(RulePack.root())) {
      List<Path> tests = s.filter(Files::isRegularFile).filter(p -> p.getParent().getFileName().toString().equals("tests")).toList();
      for (Path t : tests) {
        String n = t.getFileName().toString();
        int cut = n.indexOf(".match.") >= 0 ? n.indexOf(".match.") : n.indexOf(".nomatch.");
        assertThat(cut).as("%s is named <rule>.match.* or <rule>.nomatch.*", t).isPositive();
        assertThat(stems).as("rule of %s", t).contains(t.getParent().getParent().getFileName() + "/" + n.substring(0, cut));
      }
    }
  }
}
