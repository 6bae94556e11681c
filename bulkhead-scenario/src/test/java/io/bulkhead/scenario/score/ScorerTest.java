package io.bulkhead.scenario.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulkhead.findings.Findings;
import io.bulkhead.findings.Findings.Accessed;
import io.bulkhead.findings.Findings.Alert;
import io.bulkhead.findings.Findings.Compromised;
import io.bulkhead.findings.Findings.CompromisedCredential;
import io.bulkhead.findings.Findings.CreatedAccount;
import io.bulkhead.findings.Findings.CredentialAudit;
import io.bulkhead.findings.Findings.Period;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class ScorerTest {
  private static final Instant T1558 = Instant.parse("2023-11-23T15:58:00Z");

  private static List<String> keys(int n) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> "NET-" + i).toList();
  }

  private static Findings findings(String schema, List<String> jiraIds, long count, Instant alertAt,
      String verdict, List<String> ips) {
    return new Findings(schema,
        new Period(Instant.parse("2023-11-14T09:22:49Z"), Instant.parse("2023-11-24T10:44:00Z")),
        List.of(),
        new Compromised(
            List.of(new CompromisedCredential("cred-0042", "moveworks", "service_token", null, null, List.of())),
            List.of(new CreatedAccount("atlassian", "m.okafor", "svc-smartsheet", Instant.parse("2023-11-16T14:36:37Z"),
                List.of("jira-users", "confluence-users"))),
            ips, List.of()),
        List.of(new Accessed("jira", "issue", "view", count, 2_059_357L, jiraIds, null)),
        List.of(), List.of(),
        alertAt == null ? List.of() : List.of(new Alert("r", "t", "critical", alertAt, null,
            Map.of("principal", "svc-smartsheet", "group", "jira-administrators"))),
        List.of(), List.of(),
        List.of(new Period(Instant.parse("2023-11-17T14:33:52Z"), Instant.parse("2023-11-20T09:26:53Z"))),
        List.of(new CredentialAudit("cred-0042", verdict, List.of(verdict), List.of(), false, true,
            null, null, true, true, false, List.of(), List.of())),
        List.of());
  }

  private static Findings key() {
    return findings(Findings.ANSWER_KEY_SCHEMA, keys(36), 36, T1558, "exposed-unrotated-in-use",
        List.of("193.142.58.126", "203.0.113.77"));
  }

  @Test
  void score_identicalFindingsPassEveryCheck() {
    List<Check> checks = Scorer.score(key(), findings(Findings.SCHEMA, keys(36), 36, T1558.plusSeconds(20),
        "exposed-unrotated-in-use", List.of("203.0.113.77", "193.142.58.126")));
    assertThat(checks).isNotEmpty().allSatisfy(c -> assertThat(c.passed()).as(c.line()).isTrue());
  }

  @Test
  void score_aMissingIdFailsCountAndIdsWithPrecisionAndRecall() {
    List<Check> checks = Scorer.score(key(), findings(Findings.SCHEMA, keys(35), 35, T1558,
        "exposed-unrotated-in-use", List.of("193.142.58.126", "203.0.113.77")));
    assertThat(checks).filteredOn(c -> !c.passed()).extracting(Check::line).containsExactly(
        "FAIL accessed jira/issue/view count: expected 36, found 35",
        "FAIL accessed jira/issue/view ids: expected 36, found 35, precision 1.000, recall 0.972; missing NET-36");
  }

  @Test
  void score_anUnlistedAttackerAddressMustBeFound() {
    List<Check> checks = Scorer.score(key(), findings(Findings.SCHEMA, keys(36), 36, T1558,
        "exposed-unrotated-in-use", List.of("193.142.58.126")));
    assertThat(checks).filteredOn(c -> !c.passed()).extracting(Check::name).containsExactly("compromised source IPs");
  }

  @Test
  void score_anAlertTwoMinutesOffOrAWrongVerdictFails() {
    List<Check> checks = Scorer.score(key(), findings(Findings.SCHEMA, keys(36), 36, T1558.plusSeconds(120),
        "ok", List.of("193.142.58.126", "203.0.113.77")));
    assertThat(checks).filteredOn(c -> !c.passed()).extracting(Check::name)
        .containsExactly("alert at 2023-11-23T15:58:00Z {group=jira-administrators, principal=svc-smartsheet}",
            "credential cred-0042 verdict");
  }

  @Test
  void score_aCleanKeyFailsFindingsThatReportAnIntrusion() {
    Findings clean = new Findings(Findings.ANSWER_KEY_SCHEMA, null, null, null, null, null, null, null, null,
        null, null, null, null);
    List<Check> checks = Scorer.score(clean, key());
    assertThat(checks).filteredOn(c -> !c.passed()).extracting(Check::name)
        .contains("compromised credentials", "compromised accounts", "compromised source IPs", "nothing accessed by an attacker");
    assertThat(Scorer.score(clean, clean)).allSatisfy(c -> assertThat(c.passed()).isTrue());
  }
}
