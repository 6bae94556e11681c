package io.bulkhead.analytics;

import io.bulkhead.event.Origin;
import io.bulkhead.findings.Findings;
import io.bulkhead.sigma.Match;
import io.bulkhead.sigma.RuleInfo;
import io.bulkhead.sigma.RuleKind;
import io.bulkhead.sigma.model.Level;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One alert of a built-in analytic, shaped like a Sigma match.
 *
 * @param analytic the analytic that raised it
 * @param level its level (usually the analytic's; some alerts are graded down, see the analytic)
 * @param time when the triggering event happened
 * @param origin where the triggering event was read
 * @param entities what it is about, by role ({@code credential}, {@code principal}, {@code ip},
 *     {@code asn}, {@code source}, {@code destination}, ...), sorted by role
 * @param summary one line for people
 */
public record Alert(AnalyticInfo analytic, Level level, Instant time, Origin origin, Map<String, String> entities,
    String summary) {
  public Alert {
    Objects.requireNonNull(analytic, "analytic");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(origin, "origin");
    // Sorted, so output never depends on hash order.
    entities = Collections.unmodifiableMap(new TreeMap<>(entities));
    Objects.requireNonNull(summary, "summary");
  }

  /** The alert as {@code findings.json} carries it; {@code raisedAt} is the time of the run. */
  public Findings.Alert toFindings(Instant raisedAt) {
    return new Findings.Alert(analytic.id(), analytic.title(), level.wireName(), time, raisedAt, entities);
  }

  /** The alert as a hunt reports it, with the alert's own level (an alert may be graded down). */
  public Match.AnalyticMatch toMatch() {
    RuleInfo r = analytic.asRuleInfo(RuleKind.ANALYTIC);
    RuleInfo graded = new RuleInfo(r.kind(), r.id(), r.name(), r.title(), level, r.status(), r.tags(),
        r.logsource(), r.taxonomy(), r.file(), r.line());
    return new Match.AnalyticMatch(graded, time, origin, entities, summary);
  }
}
