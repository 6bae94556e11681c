package io.bulkhead.sigma;

import static io.bulkhead.sigma.Corr.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.bulkhead.event.Event;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How correlation state behaves where the specification is silent: events out of time order,
 * lateness, bounded groups with reported eviction, expiry, generate, and linking errors.
 */
final class SigmaCorrelationStateTest {
  private static final String COUNT = """
      title: two failures
      correlation:
          type: event_count
          rules: [failed]
          group-by: [user]
          timespan: 10m
          condition: {gte: 2}
      """ + Corr.base("failed", "failure");

  private static Event fail(double minute, String user) {
    return at(minute, "\"kind\": \"failure\", \"user\": \"" + user + "\"");
  }

  @Test
  void outOfOrder_eventsWithinTheLatenessStillCorrelate() {
    RuleSet rs = Sigma.load(COUNT);
    // Files read one after the other: the second file's event is older than the first's.
    List<Event> events = List.of(fail(30, "bob"), fail(25, "bob"));
    assertThat(Sigma.run(rs, DetectorOptions.defaults(), events)).hasSize(1);
    assertThat(Sigma.run(rs, DetectorOptions.defaults().withLateness(Duration.ofMinutes(10)), events)).hasSize(1);
  }

  @Test
  void lateness_eventsLaterThanAllowedAreLeftOutAndCounted() {
    RuleSet rs = Sigma.load(COUNT);
    Detector d = Detector.of(rs, DetectorOptions.defaults().withLateness(Duration.ofMinutes(1)));
    List<Match> out = new ArrayList<>();
    d.accept(fail(30, "bob"), out::add);
    d.accept(fail(40, "eve"), out::add); // releases bob@30
    d.accept(fail(25, "bob"), out::add); // older than what was released: too late
    d.finish(out::add);
    assertThat(out).isEmpty();
    assertThat(d.stats().correlations().get(0).late()).isEqualTo(1);
  }

  @Test
  void bufferBound_releasesTheOldestEarlyAndCountsIt() {
    RuleSet rs = Sigma.load(COUNT);
    Detector d = Detector.of(rs, DetectorOptions.defaults().withMaxBuffered(2));
    for (int i = 0; i < 5; i++) {
      d.accept(fail(i * 20, "u" + i), m -> { });
    }
    d.finish(m -> { });
    assertThat(d.stats().forcedReleases()).isEqualTo(3);
  }

  @Test
  void groupBound_evictsTheLeastRecentlyActiveGroupAndCountsIt() {
    RuleSet rs = Sigma.load(COUNT);
    Detector d = Detector.of(rs, DetectorOptions.defaults().withMaxGroups(2).withLateness(Duration.ZERO));
    List<Match> out = new ArrayList<>();
    d.accept(fail(0, "a"), out::add);
    d.accept(fail(0.1, "b"), out::add);
    d.accept(fail(0.2, "c"), out::add); // evicts a
    d.accept(fail(0.3, "a"), out::add); // a starts again: no match; evicts b
    d.accept(fail(0.4, "c"), out::add); // c matches
    d.finish(out::add);
    assertThat(Corr.correlations(out)).singleElement().satisfies(m -> assertThat(m.group()).containsEntry("user", "c"));
    assertThat(d.stats().correlations().get(0).evictedGroups()).isEqualTo(2);
  }

  @Test
  void stateIsBounded_underManyDistinctGroups() {
    RuleSet rs = Sigma.load(COUNT);
    Detector d = Detector.of(rs, DetectorOptions.defaults().withMaxGroups(1000).withLateness(Duration.ZERO));
    for (int i = 0; i < 200_000; i++) {
      d.accept(Sigma.event("okta", Corr.T0.plusMillis(i).toString(), 1, "{\"kind\": \"failure\", \"user\": \"u" + i + "\"}"),
          m -> { });
    }
    DetectorStats.Correlation c = d.stats().correlations().get(0);
    assertThat(c.openGroups()).isLessThanOrEqualTo(1000);
    assertThat(c.evictedGroups()).isEqualTo(200_000 - 1000);
  }

  @Test
  void expiry_forgetsGroupsWhoseWindowHasPassed() {
    RuleSet rs = Sigma.load(COUNT);
    Detector d = Detector.of(rs, DetectorOptions.defaults().withLateness(Duration.ZERO));
    for (int i = 0; i < 100; i++) {
      d.accept(fail(i * 11, "u" + i), m -> { });
    }
    assertThat(d.stats().correlations().get(0).openGroups()).isLessThanOrEqualTo(2);
    assertThat(d.stats().correlations().get(0).evictedGroups()).isZero();
  }

  @Test
  void advanceTo_decidesWindowsWithoutNewEventsOnAStream() {
    RuleSet rs = Sigma.load(COUNT.replace("{gte: 2}", "{gte: 2, lte: 3}"));
    Detector d = Detector.of(rs, DetectorOptions.defaults().withLateness(Duration.ofMinutes(1)));
    List<Match> out = new ArrayList<>();
    d.accept(fail(0, "bob"), out::add);
    d.accept(fail(1, "bob"), out::add);
    d.advanceTo(Corr.T0.plus(Duration.ofMinutes(5)), out::add);
    assertThat(out).isEmpty(); // the 10-minute window is still open
    d.advanceTo(Corr.T0.plus(Duration.ofMinutes(12)), out::add);
    assertThat(Corr.correlations(out)).singleElement().satisfies(m -> assertThat(m.eventCount()).isEqualTo(2));
    assertThat(d.stats().correlations().get(0).openGroups()).isZero();
  }

  @Test
  void eventsWithoutATime_cannotCorrelateAndAreCounted() {
    RuleSet rs = Sigma.load(COUNT);
    Detector d = Detector.of(rs, DetectorOptions.defaults());
    d.accept(Sigma.event("okta", null, 1, "{\"kind\": \"failure\", \"user\": \"bob\"}"), m -> { });
    assertThat(d.stats().correlations().get(0).withoutTime()).isEqualTo(1);
  }

  @Test
  void generate_makesTheReferencedRulesReportToo() {
    RuleSet rs = Sigma.load(COUNT.replace("    condition: {gte: 2}\n", "    condition: {gte: 2}\n    generate: true\n"));
    List<Match> ms = Sigma.run(rs, List.of(fail(0, "bob"), fail(1, "bob")));
    assertThat(ms).hasSize(3);
    assertThat(ms.stream().filter(m -> m instanceof Match.EventMatch)).hasSize(2);
  }

  @Test
  void report_selectsWhichRulesReportWhileTheirInputsStillRun() {
    RuleSet rs = Sigma.load(COUNT);
    List<Match> ms = Sigma.run(rs, DetectorOptions.defaults().withReport(r -> r.kind() == RuleKind.CORRELATION),
        List.of(fail(0, "bob"), fail(1, "bob")));
    assertThat(ms).hasSize(1);
    assertThat(Sigma.run(rs, DetectorOptions.defaults().withReport(r -> false), List.of(fail(0, "bob"), fail(1, "bob")))).isEmpty();
  }

  @Test
  void listing_isBoundedButTheCountIsExact() {
    RuleSet rs = Sigma.load(COUNT.replace("{gte: 2}", "{gte: 50}"));
    List<Event> es = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      es.add(fail(i * 0.1, "bob"));
    }
    List<Match> ms = Sigma.run(rs, DetectorOptions.defaults().withMaxEventsListed(5), es);
    assertThat(Corr.correlations(ms)).singleElement().satisfies(m -> {
      assertThat(m.events()).hasSize(5);
      assertThat(m.eventCount()).isEqualTo(50);
    });
  }

  @Test
  void linking_unknownRulesLoopsAndBadChainsAreErrors() {
    RuleSet rs = Sigma.lint("""
        title: unknown
        correlation: {type: event_count, rules: [nope], timespan: 1h, condition: {gte: 1}}
        ---
        title: loop a
        name: loop_a
        correlation: {type: event_count, rules: [loop_b], timespan: 1h, condition: {gte: 1}}
        ---
        title: loop b
        name: loop_b
        correlation: {type: event_count, rules: [loop_a], timespan: 1h, condition: {gte: 1}}
        ---
        title: by host
        name: by_host
        correlation: {type: event_count, rules: [by_user], group-by: [host], timespan: 1h, condition: {gte: 1}}
        ---
        title: by user
        name: by_user
        correlation: {type: event_count, rules: [failed], group-by: [user], timespan: 1h, condition: {gte: 1}}
        """ + Corr.base("failed", "failure"));
    assertThat(rs.correlations()).extracting(c -> c.info().name()).containsExactly("by_user");
    assertThat(rs.rejected()).extracting(RejectedRule::reason).anySatisfy(r -> assertThat(r).contains("'nope', which is not loaded"))
        .anySatisfy(r -> assertThat(r).contains("loop"))
        .anySatisfy(r -> assertThat(r).contains("groups by 'host', which correlation 'by_user' does not group by"));
  }

  @Test
  void linking_duplicateIdsAreErrors() {
    RuleSet rs = Sigma.lint("title: a\nid: 11111111-1111-1111-1111-111111111111\nlogsource: {product: okta}\n"
        + "detection: {sel: {a: 1}, condition: sel}\n---\n"
        + "title: b\nid: 11111111-1111-1111-1111-111111111111\nlogsource: {product: okta}\n"
        + "detection: {sel: {a: 1}, condition: sel}\n");
    assertThat(rs.detections()).hasSize(1);
    assertThat(rs.rejected()).singleElement().satisfies(r -> {
      assertThat(r.line()).isEqualTo(6);
      assertThat(r.reason()).contains("already names the rule at rule.yml:1");
    });
  }

  @Test
  void correlationAcrossFiles_resolvesByName() {
    RuleSet rs = SigmaLoader.builder().build().loadTexts(new java.util.LinkedHashMap<>(java.util.Map.of(
        "corr.yml", "title: c\ncorrelation: {type: event_count, rules: [failed], timespan: 1h, condition: {gte: 1}}\n",
        "base.yml", Corr.base("failed", "failure"))));
    assertThat(rs.rejected()).isEmpty();
    assertThat(rs.correlations()).singleElement().satisfies(c -> assertThat(c.rules()).extracting(RuleInfo::file).containsExactly("base.yml"));
  }
}
