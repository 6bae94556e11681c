package io.bulkhead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class HuntCommandTest {
  /** Relative to the module folder, so golden files hold no machine-specific path. */
  private static final String EXAMPLES = "../examples/logs";
  private static final String RULES = "src/test/resources/hunt/rules";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @ParameterizedTest(name = "--format {0}")
  @CsvSource({"jsonl, hunt-examples.jsonl", "table, hunt-examples.table.txt", "csv, hunt-examples.csv"})
  void hunt_examplesMatchGoldenOutput(String format, String golden) throws IOException {
    Run r = Run.of("hunt", "--no-analytics", "--rules", RULES, "--format", format, EXAMPLES);
    assertThat(r.code()).isZero();
    Golden.assertMatches(golden, r.out());
  }

  @Test
  void hunt_summaryOnStandardErrorEndsWithTheReadLine() throws IOException {
    Run r = Run.of("hunt", "--no-analytics", "--rules", RULES, "--format", "jsonl", EXAMPLES);
    Golden.assertMatches("hunt-examples.stderr.txt", r.err().replace(System.lineSeparator(), "\n"));
    assertThat(r.err()).endsWith("read: 31 events, 0 rejects" + System.lineSeparator());
  }

  @Test
  void hunt_jsonlFollowsTheContract() throws IOException {
    List<JsonNode> lines = jsonl(Run.of("hunt", "--no-analytics", "--rules", RULES, "--format", "jsonl", EXAMPLES).out());
    JsonNode event = lines.stream().filter(l -> l.has("event")).findFirst().orElseThrow();
    assertThat(event.at("/rule/id").isTextual()).isTrue();
    assertThat(event.at("/rule/title").isTextual()).isTrue();
    assertThat(event.at("/rule/level").isTextual()).isTrue();
    assertThat(event.get("time").asText()).endsWith("Z");
    assertThat(event.at("/source/file").asText()).startsWith(EXAMPLES);
    assertThat(event.at("/source/line").asInt()).isPositive();
    assertThat(event.at("/source/record").isInt()).isTrue();
    assertThat(event.has("correlation")).isFalse();
    JsonNode corr = lines.stream().filter(l -> l.has("correlation")).findFirst().orElseThrow();
    assertThat(corr.has("source")).isFalse();
    assertThat(corr.has("event")).isFalse();
    assertThat(corr.at("/correlation/type").asText()).isEqualTo("event_count");
    assertThat(corr.at("/correlation/group/actor.alternateId").asText()).isEqualTo("j.doe@example.com");
    assertThat(corr.at("/correlation/events")).hasSize(2);
    assertThat(corr.at("/correlation/events/1/record").asInt()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(delimiter = ';', value = {
    "--level  ; critical             ; 1",
    "--level  ; high+                ; 5",
    "--level  ; medium               ; 1",
    "--status ; test                 ; 1",
    "--tags   ; attack.t1213*        ; 3",
    "--tags   ; ATTACK.CREDENTIAL-ACCESS ; 1",
  })
  void hunt_selectionOptionsChooseWhatReports(String option, String value, int expected) {
    Run r = Run.of("hunt", "--no-analytics", "--rules", RULES, "--format", "jsonl", option, value.strip(), EXAMPLES);
    assertThat(r.code()).isZero();
    assertThat(r.out().lines()).hasSize(expected);
  }

  @Test
  void hunt_selectionOptionsCombineWithAnd() {
    Run r = Run.of("hunt", "--no-analytics", "--rules", RULES, "--format", "jsonl", "--level", "high", "--tags", "attack.discovery", EXAMPLES);
    assertThat(r.out().lines()).hasSize(2);
  }

  @Test
  void hunt_failOnFindingsExitsOneWhenSomethingMatched() {
    assertThat(Run.of("hunt", "--no-analytics", "--rules", RULES, "--fail-on-findings", EXAMPLES).code()).isEqualTo(Main.EXIT_FINDINGS);
    assertThat(Run.of("hunt", "--no-analytics", "--rules", RULES, "--fail-on-findings", EXAMPLES + "/web").code()).isZero();
  }

  @Test
  void hunt_brokenRulesAreReportedAndTheOthersRun() throws IOException {
    Path rules = dir.resolve("rules");
    Files.createDirectories(rules);
    Files.copy(Path.of(RULES, "jira_user_created_by_service_account.yml"), rules.resolve("good.yml"));
    Files.writeString(rules.resolve("bad.yml"), "title: bad\nlogsource: {product: okta}\ndetection:\n  s: {eventType|nope: x}\n"
        + "  condition: s\n---\ntitle: placeholder\nlogsource: {product: okta}\ndetection:\n  s: {actor.alternateId|expand: '%Admins%'}\n"
        + "  condition: s\n", StandardCharsets.UTF_8);
    Run r = Run.of("hunt", "--no-analytics", "--rules", rules.toString(), "--format", "jsonl", EXAMPLES);
    assertThat(r.code()).isZero();
    assertThat(r.out().lines()).hasSize(1);
    assertThat(r.err()).contains("rules: 1 loaded (1 detection, 0 correlations, 0 filters), 2 not loaded")
        .contains("not loaded: " + rules.resolve("bad.yml") + ":4:7: unknown modifier 'nope' on 'eventType'")
        .contains("not loaded: " + rules.resolve("bad.yml") + ":10:33: unsupported: placeholder %Admins% has no value");
    Run fixed = Run.of("hunt", "--no-analytics", "--rules", rules.toString(), "--placeholder", "Admins=j.doe@*", "--format", "jsonl", EXAMPLES + "/okta");
    assertThat(fixed.err()).contains("2 loaded").contains("1 not loaded");
    assertThat(fixed.out().lines()).hasSize(2);
  }

  @Test
  void hunt_saysWhichRulesHadNoLogToRunOn() {
    Run r = Run.of("hunt", "--no-analytics", "--rules", RULES, EXAMPLES + "/web");
    assertThat(r.err()).contains("not applicable: 4 rules whose logs were not among the inputs: aws/cloudtrail (2), jira/audit (1),"
        + " okta/okta (1)");
  }

  @Test
  void hunt_logsourcesFileRoutesATeamsOwnLogsourceWithItsFieldMapping() throws IOException {
    Path routes = dir.resolve("routes/logsources.yml");
    Files.createDirectories(routes.getParent().resolve("fields"));
    Files.writeString(routes, """
        routes:
          - logsource: {product: examplecorp, service: vpn}
            formats: [json]
            fields: [examplecorp-vpn]
        """);
    Files.writeString(routes.getParent().resolve("fields/examplecorp-vpn.yml"), """
        fields:
          user: [session.user.name]
        """);
    Path rule = dir.resolve("vpn.yml");
    Files.writeString(rule, """
        title: VPN session of a departed user
        logsource: {product: examplecorp, service: vpn}
        detection:
          sel: {user: alice}
          condition: sel
        """);
    Path log = dir.resolve("vpn.json");
    Files.writeString(log, """
        {"time": "2023-11-16T14:00:00Z", "session": {"user": {"name": "alice"}}}
        {"time": "2023-11-16T14:01:00Z", "session": {"user": {"name": "bob"}}}
        """);
    Run without = Run.of("hunt", "--no-analytics", "--rules", rule.toString(), "--format", "jsonl", log.toString());
    assertThat(without.out()).isEmpty();
    assertThat(without.err()).contains("no reader");
    Run with = Run.of("hunt", "--no-analytics", "--rules", rule.toString(), "--logsources", routes.toString(), "--format", "jsonl",
        log.toString());
    assertThat(with.code()).isZero();
    assertThat(with.out().lines()).singleElement().asString().contains("\"name\":\"alice\"");
  }

  @Test
  void hunt_logsourcesFileWithProblemsIsAUsageError() throws IOException {
    Path routes = dir.resolve("bad-routes.yml");
    Files.writeString(routes, "routes:\n  - logsource: {product: x}\n");
    Run r = Run.of("hunt", "--rules", RULES, "--logsources", routes.toString(), EXAMPLES);
    assertThat(r.code()).isEqualTo(Main.EXIT_USAGE);
    assertThat(r.err()).contains("--logsources: " + routes).contains("a route needs 'formats'");
    Run missing = Run.of("hunt", "--rules", RULES, "--logsources", dir.resolve("none.yml").toString(), EXAMPLES);
    assertThat(missing.err()).contains("--logsources: no such file");
  }

  @Test
  void hunt_outputOptionWritesToAFile() throws IOException {
    Path out = dir.resolve("m.csv");
    Run r = Run.of("hunt", "--no-analytics", "--rules", RULES, "--format", "csv", "-o", out.toString(), EXAMPLES);
    assertThat(r.out()).isEmpty();
    assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).hasSize(7).first().isEqualTo(HuntCsvWriter.HEADER);
  }

  @Test
  void hunt_correlationOptionsAreAccepted() {
    Run r = Run.of("hunt", "--no-analytics", "--rules", RULES, "--lateness", "5m", "--max-groups", "10", "--format", "jsonl", EXAMPLES);
    assertThat(r.code()).isZero();
    assertThat(r.out().lines()).hasSize(6);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "hunt ../examples/logs | Missing required option: '--rules=PATH'",
    "hunt --rules src/test/resources/hunt/rules | Missing required parameter",
    "hunt --rules /no/such/rules ../examples/logs | no rule could be loaded",
    "hunt --rules src/test/resources/hunt/rules --level severe ../examples/logs | --level: unknown level 'severe'",
    "hunt --rules src/test/resources/hunt/rules --status odd ../examples/logs | --status: unknown status 'odd'",
    "hunt --rules src/test/resources/hunt/rules --lateness soon ../examples/logs | --lateness: cannot read duration 'soon'",
    "hunt --rules src/test/resources/hunt/rules --max-groups 0 ../examples/logs | maxGroups must be at least 1",
    "hunt --rules src/test/resources/hunt/rules --placeholder nope ../examples/logs | --placeholder: expected NAME=VALUE",
    "hunt --rules src/test/resources/hunt/rules --format xml ../examples/logs | Invalid value for option '--format'",
    "hunt --rules src/test/resources/hunt/rules /no/such/file | no such file",
  })
  void hunt_badUsageExitsTwo(String args, String message) {
    Run r = Run.of(args.split(" "));
    assertThat(r.code()).isEqualTo(Main.EXIT_USAGE);
    assertThat(r.err()).contains(message);
  }

  @Test
  void hunt_escapesControlCharactersInTheTable() throws IOException {
    Path rule = dir.resolve("r.yml");
    Files.writeString(rule, "title: \"evil \\e[31m title\"\nlogsource: {category: webserver}\ndetection: {s: {cs-method: GET}, condition: s}\n");
    Run r = Run.of("hunt", "--no-analytics", "--rules", rule.toString(), EXAMPLES + "/web");
    assertThat(r.out()).doesNotContain("\u001b").contains("\\x1b");
    assertThat(r.err()).doesNotContain("\u001b");
  }

  @Test
  void hunt_csvNeutralisesSpreadsheetFormulas() {
    assertThat(HuntCsvWriter.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(HuntCsvWriter.cell("-cmd")).isEqualTo("'-cmd");
    assertThat(HuntCsvWriter.cell("a,b")).isEqualTo("\"a,b\"");
  }

  private static List<JsonNode> jsonl(String out) {
    return out.lines().map(l -> {
      try {
        return JSON.readTree(l);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).toList();
  }

  @Test
  void hunt_runsTheBuiltInAnalyticsByDefault() throws IOException {
    Run r = Run.of("hunt", "--rules", RULES, "--format", "jsonl", EXAMPLES);
    List<JsonNode> analytic = jsonl(r.out()).stream().filter(j -> j.has("analytic")).toList();
    assertThat(analytic).singleElement().satisfies(j -> {
      assertThat(j.at("/analytic/entities/credential").asText()).isEqualTo("atlassian_user:svc-bitbucket");
      assertThat(j.at("/source/line").asInt()).isEqualTo(1);
      assertThat(j.at("/rule/title").asText()).startsWith("Credential with no use in the baseline");
    });
    assertThat(r.err()).contains("analytics: 1 alerts");
  }
}
