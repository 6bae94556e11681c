package io.bulkhead.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulkhead.event.Event;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SigmaHQ's rules for the sources Bulkhead reads natively, run on hand-written events in each
 * vendor's real layout, read through Bulkhead's readers: every rule fires on its matching events
 * and not on its near misses, and the detector (prefilter included) agrees with each rule.
 */
final class SigmaHqNativeTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "okta,       rules/identity/okta",
    "cloudtrail, rules/cloud/aws/cloudtrail",
    "github,     rules/application/github/audit",
    "bitbucket,  rules/application/bitbucket/audit",
  })
  void nativeRules_fireOnMatchingEventsAndNotOnNearMisses(String source, String folder) throws IOException {
    Fixtures.Read f = Fixtures.read(source, dir);
    assertThat(f.rejects()).as("events the reader rejected").isEmpty();
    assertThat(f.all()).allSatisfy(e -> assertThat(e.logsource()).isEqualTo(f.format()));

    Set<String> ruleFiles;
    try (Stream<Path> s = Files.list(SigmaHq.root().resolve(folder))) {
      ruleFiles = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yml")).collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> withMatch = f.cases().stream().filter(Fixtures.Case::match).map(Fixtures.Case::rule).collect(Collectors.toSet());
    Set<String> withMiss = f.cases().stream().filter(c -> !c.match()).map(Fixtures.Case::rule).collect(Collectors.toSet());
    assertThat(withMatch).as("rules with a matching event").containsExactlyInAnyOrderElementsOf(ruleFiles);
    assertThat(withMiss).as("rules with a near miss").containsExactlyInAnyOrderElementsOf(ruleFiles);

    for (Fixtures.Case c : f.cases()) {
      CompiledRule rule = SigmaHq.rule(c.rule());
      assertThat(rule.matches(c.event())).as("%s on %s", c.rule(), c.event().raw()).isEqualTo(c.match());
    }

    // The detector, with every SigmaHQ rule and the prefilter, reports exactly what the rules say.
    Detector d = Detector.of(SigmaHq.rules(), DetectorOptions.defaults());
    Set<String> reported = new HashSet<>();
    for (Event e : f.all()) {
      d.accept(e, m -> reported.add(e.source().line() + " " + fileOf(m.rule())));
    }
    Set<String> expected = new HashSet<>();
    for (Fixtures.Case c : f.cases()) {
      for (CompiledRule r : SigmaHq.rules().detections()) {
        if (r.matches(c.event())) {
          expected.add(c.event().source().line() + " " + fileOf(r.info()));
        }
      }
    }
    assertThat(reported).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"okta", "cloudtrail", "github", "bitbucket"})
  void baseEvent_matchesNoRuleOfItsSource(String source) {
    Fixtures.Read f = Fixtures.read(source, dir);
    Event base = Sigma.event(f.format(), "2023-11-14T09:00:00Z", 1, f.base().toString());
    List<String> fired = SigmaHq.rules().detections().stream().filter(r -> r.matches(base)).map(r -> fileOf(r.info())).toList();
    assertThat(fired).isEmpty();
  }

  private static String fileOf(RuleInfo r) {
    return Path.of(r.file()).getFileName().toString();
  }
}
