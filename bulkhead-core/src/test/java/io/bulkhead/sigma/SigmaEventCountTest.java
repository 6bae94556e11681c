package io.bulkhead.sigma;

import static io.bulkhead.sigma.Corr.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.bulkhead.event.Event;
import io.bulkhead.sigma.model.Correlation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * event_count: "Counts events occurring in the given time frame specified by the referred Sigma
 * rule or rules ... must count events for each group specified by group-by separately."
 */
final class SigmaEventCountTest {
  private static RuleSet rules(String condition, String groupBy) {
    return Sigma.load("""
        title: Many failed logins
        id: 0e95725d-7320-415d-80f7-004da920fc11
        level: high
        correlation:
            type: event_count
            rules:
                - failed_login
            %s
            timespan: 1h
            condition:
                %s
        """.formatted(groupBy, condition) + Corr.base("failed_login", "failure"));
  }

  private static Event fail(double minute, String user) {
    return at(minute, "\"kind\": \"failure\", \"user\": \"" + user + "\"");
  }

  @Test
  void eventCount_matchesWhenAGroupReachesTheCount() {
    RuleSet rs = rules("gte: 3", "group-by: [user]");
    List<Match> ms = Sigma.run(rs, List.of(fail(0, "bob"), fail(1, "alice"), fail(2, "bob"), fail(3, "alice"), fail(4, "bob")));
    assertThat(ms).singleElement().isInstanceOfSatisfying(Match.CorrelationMatch.class, m -> {
      assertThat(m.rule().title()).isEqualTo("Many failed logins");
      assertThat(m.type()).isEqualTo(Correlation.Type.EVENT_COUNT);
      assertThat(m.group()).isEqualTo(Map.of("user", "bob"));
      assertThat(m.time()).isEqualTo(Corr.T0.plusSeconds(240));
      assertThat(m.eventCount()).isEqualTo(3);
      assertThat(m.value()).isEqualTo(3);
      assertThat(m.events()).extracting(o -> o.line()).containsExactly(1L, 201L, 401L);
    });
  }

  @Test
  void eventCount_countsOnlyInsideTheTimespan() {
    RuleSet rs = rules("gte: 3", "group-by: [user]");
    // 0, 40 and 70 minutes: no hour holds three; 70, 80, 90 does.
    assertThat(Sigma.run(rs, List.of(fail(0, "bob"), fail(40, "bob"), fail(70, "bob")))).isEmpty();
    assertThat(Corr.correlations(Sigma.run(rs, List.of(fail(0, "bob"), fail(40, "bob"), fail(70, "bob"), fail(80, "bob")))))
        .singleElement().satisfies(m -> assertThat(m.eventCount()).isEqualTo(3));
  }

  @Test
  void eventCount_aBurstMatchesOnceThenStartsAfresh() {
    RuleSet rs = rules("gte: 2", "group-by: [user]");
    List<Event> burst = List.of(fail(0, "bob"), fail(1, "bob"), fail(2, "bob"), fail(3, "bob"), fail(4, "bob"));
    assertThat(Sigma.run(rs, burst)).hasSize(2);
  }

  @Test
  void eventCount_withoutGroupByCountsEverything() {
    RuleSet rs = rules("gt: 2", "");
    List<Match> ms = Sigma.run(rs, List.of(fail(0, "a"), fail(1, "b"), fail(2, "c")));
    assertThat(Corr.correlations(ms)).singleElement().satisfies(m -> assertThat(m.group()).isEmpty());
  }

  @Test
  void eventCount_rangeIsDecidedWhenTheWindowCloses() {
    // "Example 101 to 200": with an upper bound a count is known only at the window's end.
    RuleSet rs = rules("gt: 1\n        lte: 3", "group-by: [user]");
    List<Match> ms = Sigma.run(rs, List.of(fail(0, "bob"), fail(1, "bob"), fail(2, "bob"),
        fail(0, "eve"), fail(1, "eve"), fail(2, "eve"), fail(3, "eve"),
        fail(0, "amy")));
    assertThat(Corr.correlations(ms)).singleElement().satisfies(m -> {
      assertThat(m.group()).containsEntry("user", "bob");
      assertThat(m.value()).isEqualTo(3);
    });
  }

  @Test
  void eventCount_eqAndNeqWork() {
    assertThat(Sigma.run(rules("eq: 2", "group-by: [user]"), List.of(fail(0, "bob"), fail(1, "bob")))).hasSize(1);
    assertThat(Sigma.run(rules("eq: 2", "group-by: [user]"), List.of(fail(0, "bob")))).isEmpty();
    assertThat(Sigma.run(rules("neq: 2", "group-by: [user]"), List.of(fail(0, "bob")))).hasSize(1);
  }

  @Test
  void eventCount_lowerThanCountsQuietGroupsThatWereSeen() {
    RuleSet rs = rules("lt: 2", "group-by: [user]");
    List<Match> ms = Sigma.run(rs, List.of(fail(0, "bob"), fail(1, "eve"), fail(2, "eve")));
    assertThat(Corr.correlations(ms)).singleElement().satisfies(m -> assertThat(m.group()).containsEntry("user", "bob"));
  }

  @Test
  void eventCount_groupsByEveryGroupByField() {
    RuleSet rs = Sigma.load("""
        title: per user and ip
        correlation:
            type: event_count
            rules: [failed_login]
            group-by: [user, client.ip]
            timespan: 1h
            condition: {gte: 2}
        """ + Corr.base("failed_login", "failure"));
    List<Match> ms = Sigma.run(rs, List.of(
        at(0, "\"kind\": \"failure\", \"user\": \"bob\", \"client\": {\"ip\": \"1.1.1.1\"}"),
        at(1, "\"kind\": \"failure\", \"user\": \"bob\", \"client\": {\"ip\": \"2.2.2.2\"}"),
        at(2, "\"kind\": \"failure\", \"user\": \"bob\", \"client\": {\"ip\": \"2.2.2.2\"}")));
    assertThat(Corr.correlations(ms)).singleElement()
        .satisfies(m -> assertThat(m.group()).containsExactly(Map.entry("user", "bob"), Map.entry("client.ip", "2.2.2.2")));
  }

  @Test
  void eventCount_referencedRuleReportsOnlyThroughTheCorrelation() {
    RuleSet rs = rules("gte: 2", "group-by: [user]");
    List<Match> ms = Sigma.run(rs, List.of(fail(0, "bob"), fail(1, "bob")));
    assertThat(ms).allSatisfy(m -> assertThat(m).isInstanceOf(Match.CorrelationMatch.class));
    assertThat(rs.reportsOnItsOwn(rs.detections().get(0).info())).isFalse();
  }
}
