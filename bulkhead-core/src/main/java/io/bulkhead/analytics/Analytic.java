package io.bulkhead.analytics;

import io.bulkhead.event.Event;
import java.time.Instant;

/**
 * A built-in analytic: immutable configuration and pure logic; what it learns lives in a state
 * object of type {@code S} that it creates and that callers hand back on every call. One state
 * serves one run (a hunt, or a stream); states are not thread-safe, analytics are.
 *
 * <pre>{@code
 * NewAddress a = NewAddress.of(NewAddressConfig.defaults());
 * NewAddress.State s = a.newState();
 * for (Event e : events) {
 *   a.accept(s, e, alerts::add);
 * }
 * a.finish(s, alerts::add);
 * }</pre>
 *
 * @param <S> the analytic's state
 */
public interface Analytic<S> {
  /** What the analytic is, as a rule. */
  AnalyticInfo info();

  /** A fresh, empty state for one run. */
  S newState();

  /**
   * Learns from one event. Events may arrive in any time order; an analytic configured with a
   * lateness bound may raise alerts here for evidence older than the latest time seen minus
   * that bound.
   */
  void accept(S state, Event e, AlertSink sink);

  /**
   * For a stream: the clock reached {@code now}; alerts whose evidence is older than the
   * lateness bound allows are raised. Does nothing for an analytic without a lateness bound.
   */
  void advanceTo(S state, Instant now, AlertSink sink);

  /** End of input: every remaining decision is taken, alerts raised in time order. */
  void finish(S state, AlertSink sink);

  /** Counters of the run so far. */
  AnalyticStats stats(S state);
}
