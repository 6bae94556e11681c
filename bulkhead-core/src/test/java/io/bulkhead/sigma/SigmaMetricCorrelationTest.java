package io.bulkhead.sigma;

import static io.bulkhead.sigma.Corr.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** value_sum, value_avg and value_percentile, the metric types of Sigma 2.1. */
final class SigmaMetricCorrelationTest {
  private static RuleSet rules(String type, String condition) {
    return Sigma.load("""
        title: Possible Exfiltration to Website
        correlation:
            type: %s
            rules:
                - website_access
            group-by:
                - SourceIP
                - User
            timespan: 1h
            condition:
                field: bytes_sent
                %s
        """.formatted(type, condition) + Corr.base("website_access", "web"));
  }

  private static io.bulkhead.event.Event sent(double minute, Object bytes) {
    return at(minute, "\"kind\": \"web\", \"SourceIP\": \"10.0.0.1\", \"User\": \"bob\", \"bytes_sent\": " + bytes);
  }

  @Test
  void valueSum_addsTheFieldPerGroup() {
    // "Check if the sum of a number field match a limit"
    RuleSet rs = rules("value_sum", "gt: 1000000");
    assertThat(Sigma.run(rs, List.of(sent(0, 400000), sent(10, 500000)))).isEmpty();
    List<Match> ms = Sigma.run(rs, List.of(sent(0, 400000), sent(10, 500000), sent(20, "\"200000\"")));
    assertThat(Corr.correlations(ms)).singleElement().satisfies(m -> assertThat(m.value()).isEqualTo(1_100_000));
  }

  @Test
  void valueSum_leavesOutValuesThatAreNotNumbers() {
    RuleSet rs = rules("value_sum", "gt: 10");
    Detector d = Detector.of(rs, DetectorOptions.defaults());
    d.accept(sent(0, "\"lots\""), m -> { });
    d.finish(m -> { });
    assertThat(d.stats().correlations().get(0).withoutValue()).isEqualTo(1);
  }

  @Test
  void valueAvg_averagesTheField() {
    // "we are looking for groups where the average bytes sent over a period exceeds 500"
    RuleSet rs = rules("value_avg", "gt: 500");
    assertThat(Sigma.run(rs, List.of(sent(0, 400)))).isEmpty();
    assertThat(Corr.correlations(Sigma.run(rs, List.of(sent(0, 400), sent(1, 700))))).singleElement()
        .satisfies(m -> assertThat(m.value()).isEqualTo(550));
  }

  @ParameterizedTest(name = "p{0} of 1..10 {1}")
  @CsvSource({"50, lte: 5, true", "50, gt: 5, false", "90, gte: 9, true", "100, gte: 10, true", "10, lte: 1, true"})
  void valuePercentile_decidesOnTheRequestedPercentileAtWindowClose(int p, String condition, boolean matches) {
    RuleSet rs = rules("value_percentile", "percentile: " + p + "\n        " + condition);
    List<io.bulkhead.event.Event> es = new java.util.ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      es.add(sent(i, i));
    }
    assertThat(Sigma.run(rs, es).isEmpty()).isNotEqualTo(matches);
  }

  @Test
  void valuePercentile_withoutAPercentileUsesTheMedianAndWarns() {
    RuleSet rs = rules("value_percentile", "lte: 1");
    assertThat(rs.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("median"));
    assertThat(rs.correlations().get(0).correlation().percentile()).isEqualByComparingTo("50");
  }

  @Test
  void metricTypes_needAField() {
    RuleSet rs = Sigma.lint("title: x\ncorrelation:\n    type: value_sum\n    rules: [a]\n    timespan: 1h\n    condition: {gt: 1}\n"
        + Corr.base("a", "a"));
    assertThat(rs.diagnostics()).anySatisfy(d -> {
      assertThat(d.line()).isEqualTo(6);
      assertThat(d.message()).contains("value_sum needs 'field'");
    });
  }
}
