package io.bulkhead.scenario;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one generation wrote: where, for which seed, scale and preset, how many files and bytes,
 * how many records per log source, and how long it took.
 *
 * @param out the scenario folder ({@code logs/}, {@code inputs/}, {@code hosts/}, {@code answer-key.json})
 * @param events records written per log source, by Bulkhead's format names; duplicates from log
 *     shipping included
 * @since 0.1.0
 */
public record ScenarioSummary(
    Path out, Preset preset, long seed, double scale, boolean attack, long files, long bytes,
    Map<String, Long> events, Duration elapsed) {

  public ScenarioSummary {
    events = Collections.unmodifiableMap(new TreeMap<>(events));
  }

  /** Every record written, all sources together. */
  public long totalEvents() {
    return events.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Records per minute of wall-clock time. */
  public double eventsPerMinute() {
    double minutes = Math.max(1, elapsed.toMillis()) / 60_000.0;
    return totalEvents() / minutes;
  }
}
