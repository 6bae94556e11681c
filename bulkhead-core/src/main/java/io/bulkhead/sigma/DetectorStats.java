package io.bulkhead.sigma;

import java.util.List;
import java.util.Map;

/**
 * What a {@link Detector} did: events seen by format, how much work the prefilter saved, matches
 * per rule, and what correlations had to leave out or evict.
 *
 * @param events events seen
 * @param eventsByFormat events seen, by reader format
 * @param ruleChecks (event, rule) pairs where the rule runs on the event's format
 * @param evaluations of those, the pairs the prefilter let through to full evaluation
 * @param matches matches reported, by rule (rules that matched only)
 * @param correlations per running correlation
 * @param forcedReleases correlation inputs processed before their lateness ran out, because the
 *     buffer was full
 */
public record DetectorStats(
    long events,
    Map<String, Long> eventsByFormat,
    long ruleChecks,
    long evaluations,
    Map<RuleInfo, Long> matches,
    List<Correlation> correlations,
    long forcedReleases) {

  public DetectorStats {
    eventsByFormat = Map.copyOf(eventsByFormat);
    matches = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(matches));
    correlations = List.copyOf(correlations);
  }

  /**
   * One correlation's counters.
   *
   * @param inputs matches of referenced rules handed to it
   * @param withoutTime inputs left out because the event had no time
   * @param withoutGroup inputs left out because a group-by field was missing
   * @param withoutValue inputs left out because the aggregated field was missing (or not a number)
   * @param late inputs left out because they arrived later than the allowed lateness
   * @param evictedGroups groups forgotten early at the group or event bound
   * @param openGroups groups held at the end
   * @param matches matches (reported or fed to another correlation)
   */
  public record Correlation(RuleInfo rule, long inputs, long withoutTime, long withoutGroup, long withoutValue,
      long late, long evictedGroups, long openGroups, long matches) {}
}
