package io.bulkhead.sigma;

import io.bulkhead.event.Event;
import io.bulkhead.event.Origin;
import io.bulkhead.sigma.model.Correlation;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a hunt reports: a detection rule matching one event, a correlation matching, or a built-in
 * analytic raising an alert on one event.
 */
public sealed interface Match {
  /** The rule that matched. */
  RuleInfo rule();

  /** When it happened: the event's time, or the time of the event that completed a correlation (may be null for an event without a time). */
  Instant time();

  /** A detection rule matched an event. */
  record EventMatch(RuleInfo rule, Event event) implements Match {
    public EventMatch {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(event, "event");
    }

    @Override
    public Instant time() {
      return event.time();
    }
  }

  /**
   * A correlation rule matched.
   *
   * @param type the correlation type
   * @param time the time of the event that completed the match
   * @param group the group-by fields and their values (empty without group-by)
   * @param events where the events taking part were read, at most the detector's listing limit
   * @param eventCount how many events took part
   * @param value the count or metric that met the condition (for temporal types, the number of
   *     rules that matched)
   */
  record CorrelationMatch(RuleInfo rule, Correlation.Type type, Instant time, Map<String, String> group,
      List<Origin> events, long eventCount, double value) implements Match {
    public CorrelationMatch {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(time, "time");
      group = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(group));
      events = List.copyOf(events);
    }
  }

  /**
   * A built-in analytic raised an alert on the event read at {@code origin}.
   *
   * @param entities what the alert is about (principal, credential, ip, destination), sorted
   * @param summary one sentence saying why
   */
  record AnalyticMatch(RuleInfo rule, Instant time, Origin origin, Map<String, String> entities, String summary)
      implements Match {
    public AnalyticMatch {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(summary, "summary");
      entities = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(entities));
    }
  }
}
