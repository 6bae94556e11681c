package io.bulkhead.sigma;

import io.bulkhead.event.Origin;
import io.bulkhead.sigma.model.Correlation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state one correlation keeps for one group: the events inside its time window. Events
 * arrive in time order (the engine reorders them first).
 *
 * <p>Counting and metric types with only lower bounds ({@code gt}, {@code gte}) are decided as
 * each event arrives, over the sliding window that ends at it; when the condition holds the match
 * is reported and the window starts afresh, so one burst raises one match. With an upper bound,
 * {@code eq} or {@code neq}, a count can only be decided when its window is over: windows then
 * start at the first event of the group and close {@code timespan} later. temporal follows the
 * same rule; temporal_ordered is decided as events arrive.
 */
abstract sealed class Window {
  /** One event (or one match of a chained correlation) in a window. */
  record Entry(Instant time, int input, String value, double number, List<Origin> origins) {}

  /** Receives a decided match: the entries taking part and the value that met the condition. */
  interface Emit {
    void emit(List<Entry> entries, double value);
  }

  final Correlation corr;
  final Duration span;

  Window(Correlation corr) {
    this.corr = corr;
    this.span = corr.timespan();
  }

  static Window of(Correlation c, int inputs) {
    return switch (c.type()) {
      case TEMPORAL -> new Temporal(c, inputs);
      case TEMPORAL_ORDERED -> new Ordered(c, inputs);
      default -> new Metric(c);
    };
  }

  abstract void add(Entry e, Emit emit);

  /** Events held. */
  abstract int size();

  /** Time of the latest event. */
  abstract Instant last();

  /** Whether nothing in the window can take part in a match any more at time {@code now}. */
  boolean expired(Instant now) {
    return last() == null || last().plus(span).isBefore(now);
  }

  /** Decides what is left (a window that needed to close) and forgets everything. */
  void close(Emit emit) {
  }

  boolean within(Instant earlier, Instant later) {
    return !earlier.plus(span).isBefore(later);
  }

  /** event_count, value_count, value_sum, value_avg, value_percentile. */
  static final class Metric extends Window {
    private final ArrayDeque<Entry> entries = new ArrayDeque<>();
    private final Map<String, Integer> distinct = new HashMap<>();
    private final boolean eager;
    private double sum;
    private Instant start;

    Metric(Correlation c) {
      super(c);
      this.eager = c.condition().lowerBoundsOnly();
    }

    @Override
    void add(Entry e, Emit emit) {
      if (eager) {
        while (!entries.isEmpty() && !within(entries.peekFirst().time(), e.time())) {
          remove(entries.pollFirst());
        }
        put(e);
        double m = metric();
        if (corr.condition().test(m)) {
          emit.emit(List.copyOf(entries), m);
          clear();
        }
        return;
      }
      if (start != null && !within(start, e.time())) {
        close(emit);
      }
      if (start == null) {
        start = e.time();
      }
      put(e);
    }

    @Override
    boolean expired(Instant now) {
      return eager ? super.expired(now) : start == null || start.plus(span).isBefore(now);
    }

    @Override
    void close(Emit emit) {
      if (!eager && !entries.isEmpty()) {
        double m = metric();
        if (corr.condition().test(m)) {
          emit.emit(List.copyOf(entries), m);
        }
      }
      clear();
    }

    private void put(Entry e) {
      entries.addLast(e);
      sum += e.number();
      if (e.value() != null) {
        distinct.merge(e.value(), 1, Integer::sum);
      }
    }

    private void remove(Entry e) {
      sum -= e.number();
      if (e.value() != null) {
        distinct.computeIfPresent(e.value(), (k, n) -> n == 1 ? null : n - 1);
      }
    }

    private void clear() {
      entries.clear();
      distinct.clear();
      sum = 0;
      start = null;
    }

    double metric() {
      return switch (corr.type()) {
        case EVENT_COUNT -> entries.size();
        case VALUE_COUNT -> distinct.size();
        case VALUE_SUM -> sum;
        case VALUE_AVG -> entries.isEmpty() ? 0 : sum / entries.size();
        case VALUE_PERCENTILE -> percentile();
        default -> throw new IllegalStateException(corr.type().toString());
      };
    }

    /** Nearest-rank percentile of the window's numbers. */
    private double percentile() {
      double[] v = entries.stream().mapToDouble(Entry::number).toArray();
      if (v.length == 0) {
        return 0;
      }
      Arrays.sort(v);
      int rank = (int) Math.ceil(corr.percentile().doubleValue() / 100.0 * v.length);
      return v[Math.max(rank, 1) - 1];
    }

    @Override
    int size() {
      return entries.size();
    }

    @Override
    Instant last() {
      return entries.isEmpty() ? null : entries.peekLast().time();
    }
  }

  /**
   * temporal: every referenced rule (or as many as the condition asks) within the timespan. With
   * only lower bounds (or none) it is decided as events arrive, over the sliding window ending at
   * each; with an upper bound, {@code eq} or {@code neq} the number of distinct rules is known only
   * when the window is over, so windows start at the group's first event, as for counts.
   */
  static final class Temporal extends Window {
    private final ArrayDeque<Entry> entries = new ArrayDeque<>();
    private final int[] counts;
    private final boolean eager;
    private Instant start;

    Temporal(Correlation c, int inputs) {
      super(c);
      this.counts = new int[inputs];
      this.eager = c.condition().isAny() || c.condition().lowerBoundsOnly();
    }

    @Override
    void add(Entry e, Emit emit) {
      if (!eager) {
        if (start != null && !within(start, e.time())) {
          close(emit);
        }
        if (start == null) {
          start = e.time();
        }
        entries.addLast(e);
        counts[e.input()]++;
        return;
      }
      while (!entries.isEmpty() && !within(entries.peekFirst().time(), e.time())) {
        counts[entries.pollFirst().input()]--;
      }
      entries.addLast(e);
      counts[e.input()]++;
      int rules = rules();
      boolean met = corr.condition().isAny() ? rules == counts.length : corr.condition().test(rules);
      if (met) {
        emit.emit(List.copyOf(entries), rules);
        clear();
      }
    }

    private int rules() {
      int rules = 0;
      for (int c : counts) {
        rules += c > 0 ? 1 : 0;
      }
      return rules;
    }

    private void clear() {
      entries.clear();
      Arrays.fill(counts, 0);
      start = null;
    }

    @Override
    boolean expired(Instant now) {
      return eager ? super.expired(now) : start == null || start.plus(span).isBefore(now);
    }

    @Override
    void close(Emit emit) {
      if (!eager && !entries.isEmpty()) {
        int rules = rules();
        if (corr.condition().test(rules)) {
          emit.emit(List.copyOf(entries), rules);
        }
      }
      clear();
    }

    @Override
    int size() {
      return entries.size();
    }

    @Override
    Instant last() {
      return entries.isEmpty() ? null : entries.peekLast().time();
    }
  }

  /**
   * temporal_ordered: the rules matched in the order listed, all within the timespan. For each
   * step it keeps the latest possible start of a chain reaching that step, which is the chain most
   * likely to finish in time.
   */
  static final class Ordered extends Window {
    private final Instant[] start;
    private final List<List<Entry>> chain;
    private Instant last;

    Ordered(Correlation c, int inputs) {
      super(c);
      this.start = new Instant[inputs];
      this.chain = new ArrayList<>();
      for (int i = 0; i < inputs; i++) {
        chain.add(List.of());
      }
    }

    @Override
    void add(Entry e, Emit emit) {
      last = e.time();
      int n = start.length;
      for (int k = 0; k < n; k++) {
        if (start[k] != null && !within(start[k], e.time())) {
          start[k] = null;
          chain.set(k, List.of());
        }
      }
      int i = e.input();
      if (i == 0) {
        start[0] = e.time();
        chain.set(0, List.of(e));
      } else if (start[i - 1] != null && (start[i] == null || start[i - 1].isAfter(start[i]))) {
        start[i] = start[i - 1];
        List<Entry> c = new ArrayList<>(chain.get(i - 1));
        c.add(e);
        chain.set(i, c);
      } else {
        return;
      }
      if (i == n - 1) {
        emit.emit(List.copyOf(chain.get(i)), n);
        Arrays.fill(start, null);
        for (int k = 0; k < n; k++) {
          chain.set(k, List.of());
        }
      }
    }

    @Override
    int size() {
      int s = 0;
      for (List<Entry> c : chain) {
        s += c.size();
      }
      return s;
    }

    @Override
    Instant last() {
      return last;
    }
  }
}
