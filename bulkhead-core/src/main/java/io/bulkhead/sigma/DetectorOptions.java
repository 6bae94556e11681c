package io.bulkhead.sigma;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * How a {@link Detector} runs: which rules report, and the bounds of correlation state.
 *
 * @param report which rules report matches (rules they depend on still run); all by default
 * @param lateness how far out of time order an event may arrive and still take part in
 *     correlations; null waits for the end of input (a hunt over files), bounded by
 *     {@code maxBuffered}
 * @param maxGroups most groups one correlation keeps; beyond it the least recently active group
 *     is evicted (and counted)
 * @param maxEntries most events one correlation keeps in its windows, all groups together;
 *     beyond it least recently active groups are evicted (and counted)
 * @param maxBuffered most correlation inputs held while waiting for out-of-order events; beyond
 *     it the oldest is processed early (and counted)
 * @param maxEventsListed most event origins a correlation match lists (the count is exact)
 */
public record DetectorOptions(
    Predicate<RuleInfo> report,
    Duration lateness,
    int maxGroups,
    int maxEntries,
    int maxBuffered,
    int maxEventsListed) {

  public DetectorOptions {
    Objects.requireNonNull(report, "report");
    if (lateness != null && lateness.isNegative()) {
      throw new IllegalArgumentException("lateness must not be negative: " + lateness);
    }
    positive("maxGroups", maxGroups);
    positive("maxEntries", maxEntries);
    positive("maxBuffered", maxBuffered);
    positive("maxEventsListed", maxEventsListed);
  }

  private static void positive(String name, int v) {
    if (v < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, was " + v);
    }
  }

  /**
   * Every rule reports; correlations wait for the end of input for out-of-order events; at most
   * 100,000 groups and 1,000,000 events per correlation and 1,000,000 buffered inputs; 100 origins
   * listed per correlation match.
   */
  public static DetectorOptions defaults() {
    return new DetectorOptions(r -> true, null, 100_000, 1_000_000, 1_000_000, 100);
  }

  public DetectorOptions withReport(Predicate<RuleInfo> p) {
    return new DetectorOptions(p, lateness, maxGroups, maxEntries, maxBuffered, maxEventsListed);
  }

  public DetectorOptions withLateness(Duration d) {
    return new DetectorOptions(report, d, maxGroups, maxEntries, maxBuffered, maxEventsListed);
  }

  public DetectorOptions withMaxGroups(int n) {
    return new DetectorOptions(report, lateness, n, maxEntries, maxBuffered, maxEventsListed);
  }

  public DetectorOptions withMaxEntries(int n) {
    return new DetectorOptions(report, lateness, maxGroups, n, maxBuffered, maxEventsListed);
  }

  public DetectorOptions withMaxBuffered(int n) {
    return new DetectorOptions(report, lateness, maxGroups, maxEntries, n, maxEventsListed);
  }

  public DetectorOptions withMaxEventsListed(int n) {
    return new DetectorOptions(report, lateness, maxGroups, maxEntries, maxBuffered, n);
  }
}
