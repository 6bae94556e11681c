package io.bulkhead.sigma;

import static io.bulkhead.sigma.Corr.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * temporal_ordered: "behaves like temporal and requires in addition that the events appear in the
 * order provided in the rule attribute", with the specification's full example: multiple failed
 * logins (an event_count correlation) followed by a successful login.
 */
final class SigmaTemporalOrderedTest {
  /** The specification's "Failed Logins Followed by Successful Login", on okta events. */
  private static final String EXAMPLE = """
      title: Correlation - Multiple Failed Logins Followed by Successful Login
      id: b180ead8-d58f-40b2-ae54-c8940995b9b6
      status: experimental
      correlation:
          type: temporal_ordered
          rules:
              - multiple_failed_login
              - successful_login
          group-by:
              - User
          timespan: 10m
      level: high
      ---
      title: Multiple failed logons
      id: a8418a5a-5fc4-46b5-b23b-6c73beb19d41
      name: multiple_failed_login
      correlation:
          type: event_count
          rules:
              - failed_login
          group-by:
              - User
          timespan: 10m
          condition:
              gte: 3
      ---
      title: Single failed login
      id: 53ba33fd-3a50-4468-a5ef-c583635cfa92
      name: failed_login
      logsource: {product: okta}
      detection:
          selection:
              EventID:
                  - 529
                  - 4625
          condition: selection
      ---
      title: Successful login
      id: 4d0a2c83-c62c-4ed4-b475-c7e23a9269b8
      name: successful_login
      logsource: {product: okta}
      detection:
          selection:
              EventID:
                  - 528
                  - 4624
          condition: selection
      """;

  private static io.bulkhead.event.Event login(double minute, int id, String user) {
    return at(minute, "\"EventID\": " + id + ", \"User\": \"" + user + "\"");
  }

  @Test
  void chainedExample_matchesFailuresThenSuccess() {
    RuleSet rs = Sigma.load(EXAMPLE);
    assertThat(rs.correlations()).hasSize(2);
    List<Match> ms = Sigma.run(rs, List.of(login(0, 4625, "bob"), login(1, 529, "bob"), login(2, 4625, "bob"),
        login(3, 4624, "bob")));
    assertThat(ms).singleElement().isInstanceOfSatisfying(Match.CorrelationMatch.class, m -> {
      assertThat(m.rule().id()).isEqualTo("b180ead8-d58f-40b2-ae54-c8940995b9b6");
      assertThat(m.group()).isEqualTo(Map.of("User", "bob"));
      assertThat(m.eventCount()).isEqualTo(4);
      assertThat(m.events()).extracting(o -> o.line()).containsExactly(1L, 101L, 201L, 301L);
      assertThat(m.time()).isEqualTo(Corr.T0.plusSeconds(180));
    });
  }

  @Test
  void chainedExample_successBeforeFailuresDoesNotMatch() {
    RuleSet rs = Sigma.load(EXAMPLE);
    assertThat(Sigma.run(rs, List.of(login(0, 4624, "bob"), login(1, 4625, "bob"), login(2, 4625, "bob"),
        login(3, 4625, "bob")))).isEmpty();
  }

  @Test
  void chainedExample_tooFewFailuresOrAnotherUserDoesNotMatch() {
    RuleSet rs = Sigma.load(EXAMPLE);
    assertThat(Sigma.run(rs, List.of(login(0, 4625, "bob"), login(1, 4625, "bob"), login(3, 4624, "bob")))).isEmpty();
    assertThat(Sigma.run(rs, List.of(login(0, 4625, "bob"), login(1, 4625, "bob"), login(2, 4625, "bob"),
        login(3, 4624, "eve")))).isEmpty();
  }

  @Test
  void chainedExample_successAfterTheTimespanDoesNotMatch() {
    RuleSet rs = Sigma.load(EXAMPLE);
    assertThat(Sigma.run(rs, List.of(login(0, 4625, "bob"), login(1, 4625, "bob"), login(2, 4625, "bob"),
        login(13, 4624, "bob")))).isEmpty();
  }

  @Test
  void ordered_keepsTheLatestStartSoALaterChainCanFinish() {
    RuleSet rs = Sigma.load("""
        title: a then b
        correlation:
            type: temporal_ordered
            rules: [a, b]
            group-by: [user]
            timespan: 5m
        """ + Corr.base("a", "a") + Corr.base("b", "b"));
    var a0 = at(0, "\"kind\": \"a\", \"user\": \"u\"");
    var a4 = at(4, "\"kind\": \"a\", \"user\": \"u\"");
    var b8 = at(8, "\"kind\": \"b\", \"user\": \"u\"");
    assertThat(Sigma.run(rs, List.of(a0, a4, b8))).hasSize(1);
    assertThat(Sigma.run(rs, List.of(a0, b8))).isEmpty();
  }

  @Test
  void ordered_oneEventCannotBeTwoSteps() {
    RuleSet rs = Sigma.load("""
        title: a then b
        correlation:
            type: temporal_ordered
            rules: [a, b]
            timespan: 5m
        ---
        title: a
        name: a
        logsource: {product: okta}
        detection:
            sel: {kind: x}
            condition: sel
        ---
        title: b
        name: b
        logsource: {product: okta}
        detection:
            sel: {kind: x}
            condition: sel
        """);
    assertThat(Sigma.run(rs, List.of(at(0, "\"kind\": \"x\"")))).isEmpty();
    assertThat(Sigma.run(rs, List.of(at(0, "\"kind\": \"x\""), at(1, "\"kind\": \"x\"")))).hasSize(1);
  }

  /** Three steps a, b, c by one user within 5 minutes; the condition given counts steps in order. */
  private static String steps(String condition) {
    return """
        title: steps in order
        correlation:
            type: temporal_ordered
            rules: [a, b, c]
            group-by: [User]
            timespan: 5m
        """ + condition + Corr.base("a", "a") + Corr.base("b", "b") + Corr.base("c", "c");
  }

  private static io.bulkhead.event.Event step(double minute, String kind) {
    return at(minute, "\"kind\": \"" + kind + "\", \"User\": \"bob\"");
  }

  /**
   * Where the specification is silent (a condition counting fewer than all rules), the count is
   * the number of listed rules matched in their listed order, not necessarily from the first.
   */
  @Test
  void ordered_partialConditionCountsRulesMatchedInTheirOrder() {
    RuleSet rs = Sigma.load(steps("    condition: {gte: 2}\n"));
    assertThat(rs.rejected()).isEmpty();
    assertThat(Corr.correlations(Sigma.run(rs, List.of(step(0, "a"), step(1, "c")))))
        .singleElement().satisfies(m -> assertThat(m.value()).isEqualTo(2));
    assertThat(Corr.correlations(Sigma.run(rs, List.of(step(0, "b"), step(1, "c"))))).hasSize(1);
    // Out of order, or too far apart, is not a chain of two.
    assertThat(Sigma.run(rs, List.of(step(0, "c"), step(1, "b"), step(2, "a")))).isEmpty();
    assertThat(Sigma.run(rs, List.of(step(0, "a"), step(6, "b")))).isEmpty();
  }

  @Test
  void ordered_partialConditionKeepsTheLatestStartForEachLength() {
    RuleSet rs = Sigma.load(steps("    condition: {gte: 3}\n"));
    // a(0) b(1) is a chain of two that expires at 5; a(4) b(6) c(8) completes within 5 minutes of a(4).
    List<Match> ms = Sigma.run(rs, List.of(step(0, "a"), step(1, "b"), step(4, "a"), step(6, "b"), step(8, "c")));
    assertThat(Corr.correlations(ms)).singleElement().satisfies(m -> assertThat(m.events()).hasSize(3));
  }

  /** An upper bound is decided when the window from the group's first match is over. */
  @Test
  void ordered_upperBoundIsDecidedWhenTheWindowIsOver() {
    RuleSet rs = Sigma.load(steps("    condition: {lt: 2}\n"));
    // b then a: no two rules in order, so the count is 1 < 2; a then b would be 2.
    assertThat(Corr.correlations(Sigma.run(rs, List.of(step(0, "b"), step(1, "a")))))
        .singleElement().satisfies(m -> assertThat(m.value()).isEqualTo(1));
    assertThat(Sigma.run(rs, List.of(step(0, "a"), step(1, "b")))).isEmpty();
  }
}
