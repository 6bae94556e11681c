package io.bulkhead.sigma;

import static io.bulkhead.sigma.Corr.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * temporal: "All events defined by the rules referred by the rule field must occur in the time
 * frame defined by timespan. The values of fields defined in group-by must all have the same
 * value."
 */
final class SigmaTemporalTest {
  private static final String RECON = """
      title: Recon
      correlation:
          type: temporal
          rules:
              - recon_cmd_a
              - recon_cmd_b
              - recon_cmd_c
          group-by:
              - ComputerName
              - User
          timespan: 5m
      """ + Corr.base("recon_cmd_a", "a") + Corr.base("recon_cmd_b", "b") + Corr.base("recon_cmd_c", "c");

  private static io.bulkhead.event.Event cmd(double minute, String kind, String host) {
    return at(minute, "\"kind\": \"" + kind + "\", \"ComputerName\": \"" + host + "\", \"User\": \"bob\"");
  }

  @Test
  void temporal_matchesAllRulesInAnyOrderWithinTheTimespan() {
    RuleSet rs = Sigma.load(RECON);
    List<Match> ms = Sigma.run(rs, List.of(cmd(0, "c", "h1"), cmd(1, "a", "h1"), cmd(2, "b", "h1")));
    assertThat(Corr.correlations(ms)).singleElement().satisfies(m -> {
      assertThat(m.group()).isEqualTo(Map.of("ComputerName", "h1", "User", "bob"));
      assertThat(m.value()).isEqualTo(3);
      assertThat(m.events()).hasSize(3);
    });
  }

  @Test
  void temporal_needsEveryRule() {
    RuleSet rs = Sigma.load(RECON);
    assertThat(Sigma.run(rs, List.of(cmd(0, "a", "h1"), cmd(1, "a", "h1"), cmd(2, "b", "h1")))).isEmpty();
  }

  @Test
  void temporal_needsTheSameGroup() {
    RuleSet rs = Sigma.load(RECON);
    assertThat(Sigma.run(rs, List.of(cmd(0, "a", "h1"), cmd(1, "b", "h2"), cmd(2, "c", "h1")))).isEmpty();
  }

  @Test
  void temporal_needsTheTimespan() {
    RuleSet rs = Sigma.load(RECON);
    assertThat(Sigma.run(rs, List.of(cmd(0, "a", "h1"), cmd(3, "b", "h1"), cmd(6, "c", "h1")))).isEmpty();
    assertThat(Sigma.run(rs, List.of(cmd(0, "a", "h1"), cmd(3, "b", "h1"), cmd(6, "c", "h1"), cmd(7, "a", "h1")))).hasSize(1);
  }

  @Test
  void temporal_conditionCountsDistinctRules() {
    RuleSet rs = Sigma.load(RECON.replace("    timespan: 5m\n", "    timespan: 5m\n    condition:\n        gte: 2\n"));
    assertThat(Sigma.run(rs, List.of(cmd(0, "a", "h1"), cmd(1, "c", "h1")))).hasSize(1);
  }

  @Test
  void aliases_groupDifferentFieldsOfDifferentRules() {
    // The specification's "Field Name Aliases Example".
    RuleSet rs = Sigma.load("""
        title: internal error then connection
        correlation:
            type: temporal
            rules:
                - internal_error
                - new_network_connection
            group-by:
                - internal_ip
                - remote_ip
            timespan: 10s
            aliases:
                internal_ip:
                    internal_error: destination.ip
                    new_network_connection: source.ip
                remote_ip:
                    internal_error: source.ip
                    new_network_connection: destination.ip
        ---
        title: internal error
        name: internal_error
        logsource: {product: okta}
        detection:
            selection:
                http.response.status_code: 500
            condition: selection
        ---
        title: new connection
        name: new_network_connection
        logsource: {product: okta}
        detection:
            selection:
                event.category: network
                event.type: connection
                event.outcome: success
            condition: selection
        """);
    var err = at(0, "\"http\": {\"response\": {\"status_code\": 500}}, \"source\": {\"ip\": \"203.0.113.5\"},"
        + " \"destination\": {\"ip\": \"10.0.0.8\"}");
    var conn = at(0.1, "\"event\": {\"category\": \"network\", \"type\": \"connection\", \"outcome\": \"success\"},"
        + " \"source\": {\"ip\": \"10.0.0.8\"}, \"destination\": {\"ip\": \"203.0.113.5\"}");
    var other = at(0.1, "\"event\": {\"category\": \"network\", \"type\": \"connection\", \"outcome\": \"success\"},"
        + " \"source\": {\"ip\": \"10.0.0.9\"}, \"destination\": {\"ip\": \"203.0.113.5\"}");
    assertThat(Corr.correlations(Sigma.run(rs, List.of(err, conn)))).singleElement()
        .satisfies(m -> assertThat(m.group()).isEqualTo(Map.of("internal_ip", "10.0.0.8", "remote_ip", "203.0.113.5")));
    assertThat(Sigma.run(rs, List.of(err, other))).isEmpty();
  }

  /**
   * "it specified the count of different event types (Sigma rules matching) in the given time
   * frame": with an upper bound the count is known when the frame, from the group's first event,
   * is over. {@code lt: 2}: a host that ran one kind of recon command and nothing else in 5 minutes.
   */
  @Test
  void temporal_withAnUpperBoundIsDecidedWhenTheWindowIsOver() {
    RuleSet rs = Sigma.load(RECON.replace("    timespan: 5m\n", "    timespan: 5m\n    condition:\n        lt: 2\n"));
    assertThat(rs.rejected()).isEmpty();
    List<Match> ms = Sigma.run(rs, List.of(cmd(0, "a", "h1"), cmd(1, "a", "h1"), cmd(2, "a", "h2"), cmd(3, "b", "h2"),
        cmd(9, "c", "h1")));
    // h1: one kind (a, a) in its first window, then c alone in a second; h2: two kinds.
    assertThat(Corr.correlations(ms)).extracting(m -> m.group().get("ComputerName") + " " + m.value() + " " + m.events().size())
        .containsExactlyInAnyOrder("h1 1.0 2", "h1 1.0 1");
  }

  @Test
  void temporal_withAnExactCountNeedsExactlyThatManyRules() {
    RuleSet rs = Sigma.load(RECON.replace("    timespan: 5m\n", "    timespan: 5m\n    condition:\n        eq: 2\n"));
    List<Match> ms = Sigma.run(rs, List.of(cmd(0, "a", "h1"), cmd(1, "b", "h1"), cmd(2, "a", "h2"), cmd(3, "b", "h2"),
        cmd(4, "c", "h2")));
    assertThat(Corr.correlations(ms)).singleElement().satisfies(m -> assertThat(m.group().get("ComputerName")).isEqualTo("h1"));
  }
}
