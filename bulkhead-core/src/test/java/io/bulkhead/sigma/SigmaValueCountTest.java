package io.bulkhead.sigma;

import static io.bulkhead.sigma.Corr.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.bulkhead.event.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * value_count: "Counts values in a field defined by field ... separately for each group ... When
 * you use multiple values in field they are linked by an AND."
 */
final class SigmaValueCountTest {
  private static RuleSet rules(String field) {
    return Sigma.load("""
        title: Archive downloads of many repositories
        correlation:
            type: value_count
            rules: [archive]
            group-by: [user]
            timespan: 10m
            condition:
                field: %s
                gte: 3
        """.formatted(field) + Corr.base("archive", "archive"));
  }

  private static Event archive(double minute, String user, String repo) {
    return at(minute, "\"kind\": \"archive\", \"user\": \"" + user + "\", \"repo\": \"" + repo + "\", \"ref\": \"main\"");
  }

  @Test
  void valueCount_countsDistinctValuesPerGroup() {
    RuleSet rs = rules("repo");
    // Five downloads of the same repository: one distinct value, no match (a nightly CI pattern).
    assertThat(Sigma.run(rs, List.of(archive(0, "ci", "a"), archive(1, "ci", "a"), archive(2, "ci", "a"),
        archive(3, "ci", "a"), archive(4, "ci", "a")))).isEmpty();
    List<Match> ms = Sigma.run(rs, List.of(archive(0, "x", "a"), archive(1, "x", "b"), archive(1.5, "x", "a"), archive(2, "x", "c")));
    assertThat(Corr.correlations(ms)).singleElement().satisfies(m -> {
      assertThat(m.value()).isEqualTo(3);
      assertThat(m.eventCount()).isEqualTo(4);
    });
  }

  @Test
  void valueCount_forgetsValuesThatLeaveTheWindow() {
    RuleSet rs = rules("repo");
    assertThat(Sigma.run(rs, List.of(archive(0, "x", "a"), archive(8, "x", "b"), archive(12, "x", "c")))).isEmpty();
    assertThat(Sigma.run(rs, List.of(archive(0, "x", "a"), archive(8, "x", "b"), archive(12, "x", "c"), archive(13, "x", "d"))))
        .hasSize(1);
  }

  @Test
  void valueCount_overSeveralFieldsCountsCombinations() {
    RuleSet rs = rules("[repo, ref]");
    assertThat(Sigma.run(rs, List.of(archive(0, "x", "a"), archive(1, "x", "b"), archive(2, "x", "c")))).hasSize(1);
  }

  @Test
  void valueCount_eventsWithoutTheFieldAreCountedAsLeftOut() {
    RuleSet rs = rules("repo");
    Detector d = Detector.of(rs, DetectorOptions.defaults());
    d.accept(at(0, "\"kind\": \"archive\", \"user\": \"x\""), m -> { });
    d.accept(at(0, "\"kind\": \"archive\", \"repo\": \"x\""), m -> { });
    d.finish(m -> { });
    assertThat(d.stats().correlations()).singleElement().satisfies(c -> {
      assertThat(c.inputs()).isEqualTo(2);
      assertThat(c.withoutValue()).isEqualTo(1);
      assertThat(c.withoutGroup()).isEqualTo(1);
    });
  }
}
