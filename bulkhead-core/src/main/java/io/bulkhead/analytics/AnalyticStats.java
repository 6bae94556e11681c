package io.bulkhead.analytics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one analytic did in a run, for the hunt summary: named counters in a fixed order (events
 * used, entities tracked, what caps evicted, what was suppressed and why, alerts raised).
 */
public record AnalyticStats(AnalyticInfo analytic, Map<String, Long> counters) {
  public AnalyticStats {
    Objects.requireNonNull(analytic, "analytic");
    counters = Collections.unmodifiableMap(new LinkedHashMap<>(counters));
  }

  /** A counter, 0 when absent. */
  public long get(String name) {
    return counters.getOrDefault(name, 0L);
  }
}
