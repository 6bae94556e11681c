package io.bulkhead.analytics;

import io.bulkhead.event.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A set of analytics run together over one input, as {@code bulkhead hunt} runs them beside the
 * Sigma rules. Immutable; {@link #start()} makes the per-run states.
 *
 * <pre>{@code
 * Analytics.Run run = Analytics.defaults().start();
 * reader.read(inputs, e -> run.accept(e, sink));   // beside detector.accept(e, ...)
 * run.finish(sink);
 * run.stats().forEach(summary::print);
 * }</pre>
 */
public final class Analytics {
  private final List<Analytic<?>> analytics;

  private Analytics(List<Analytic<?>> analytics) {
    this.analytics = List.copyOf(analytics);
  }

  /** The given analytics, run in this order. */
  public static Analytics of(List<Analytic<?>> analytics) {
    return new Analytics(Objects.requireNonNull(analytics, "analytics"));
  }

  /** Every built-in analytic with its default configuration. */
  public static Analytics defaults() {
    return of(List.of(NewAddress.of(NewAddressConfig.defaults()), Beaconing.of(BeaconingConfig.defaults())));
  }

  public List<Analytic<?>> analytics() {
    return analytics;
  }

  /** Fresh states for one run. */
  public Run start() {
    List<Bound<?>> bound = new ArrayList<>();
    for (Analytic<?> a : analytics) {
      bound.add(Bound.of(a));
    }
    return new Run(bound);
  }

  /** One run: each analytic with its state. Not thread-safe. */
  public static final class Run {
    private final List<Bound<?>> bound;

    private Run(List<Bound<?>> bound) {
      this.bound = bound;
    }

    public void accept(Event e, AlertSink sink) {
      for (Bound<?> b : bound) {
        b.accept(e, sink);
      }
    }

    public void advanceTo(Instant now, AlertSink sink) {
      for (Bound<?> b : bound) {
        b.advanceTo(now, sink);
      }
    }

    public void finish(AlertSink sink) {
      for (Bound<?> b : bound) {
        b.finish(sink);
      }
    }

    public List<AnalyticStats> stats() {
      return bound.stream().map(Bound::stats).toList();
    }
  }

  /** An analytic and its state, with the type parameter captured. */
  private record Bound<S>(Analytic<S> analytic, S state) {
    static <S> Bound<S> of(Analytic<S> a) {
      return new Bound<>(a, a.newState());
    }

    void accept(Event e, AlertSink sink) {
      analytic.accept(state, e, sink);
    }

    void advanceTo(Instant now, AlertSink sink) {
      analytic.advanceTo(state, now, sink);
    }

    void finish(AlertSink sink) {
      analytic.finish(state, sink);
    }

    AnalyticStats stats() {
      return analytic.stats(state);
    }
  }
}
