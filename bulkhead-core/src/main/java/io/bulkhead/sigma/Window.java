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
  /**
   * Decided as events arrive (no condition, or lower bounds only); otherwise decided when a window
   * that starts at the group's first event is over.
   */
  final boolean eager;
  /** The start of the current fixed window (not eager), or null. */
  Instant start;

  Window(Correlation corr) {
    this.corr = corr;
    this.span = corr.timespan();
    this.eager = corr.condition().isAny() || corr.condition().lowerBoundsOnly();
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
    if (!eager) {
      return start == null || start.plus(span).isBefore(now);
    }
    return last() == null || last().plus(span).isBefore(now);
  }

  /**
   * For a fixed window: closes the current one when {@code t} falls after it, and starts one at
   * {@code t} when none is open.
   */
  void openAt(Instant t, Emit emit) {
    if (start != null && !within(start, t)) {
      close(emit);
    }
    if (start == null) {
      start = t;
    }
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
    private double sum;

    Metric(Correlation c) {
      super(c);
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
      openAt(e.time(), emit);
      put(e);
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

    Temporal(Correlation c, int inputs) {
      super(c);
      this.counts = new int[inputs];
    }

    @Override
    void add(Entry e, Emit emit) {
      if (!eager) {
        openAt(e.time(), emit);
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
   * temporal_ordered: the rules matched in the order listed, within the timespan. The count the
   * condition tests is the number of listed rules matched in their listed order: the longest
   * chain of matches whose rules follow the list (not necessarily from its first rule), so with
   * rules {@code [a, b, c]}, {@code a} then {@code c} counts 2. Without a condition every rule
   * is needed, in order.
   *
   * <p>With lower bounds (or none) it is decided as events arrive: for each rule and each chain
   * length it keeps the chain with the latest start, the one most likely to finish in time. With an
   * upper bound, {@code eq} or {@code neq} it is decided, like a count, when a window that starts
   * at the group's first event is over.
   */
  static final class Ordered extends Window {
    private final int n;
    /** chains[rule][length - 1]: the chain of that length ending with that rule, latest start. */
    private final List<List<Entry>> chains;
    private final List<Entry> held = new ArrayList<>();
    private Instant last;

    Ordered(Correlation c, int inputs) {
      super(c);
      this.n = inputs;
      this.chains = new ArrayList<>(java.util.Collections.nCopies(inputs * inputs, null));
    }

    @Override
    void add(Entry e, Emit emit) {
      if (!eager) {
        openAt(e.time(), emit);
        last = e.time();
        held.add(e);
        return;
      }
      last = e.time();
      forgetOutside(e.time());
      List<Entry> longest = extend(e);
      if (longest != null && met(longest.size())) {
        emit.emit(longest, longest.size());
        java.util.Collections.fill(chains, null);
      }
    }

    private boolean met(int rules) {
      return corr.condition().isAny() ? rules == n : corr.condition().test(rules);
    }

    private void forgetOutside(Instant now) {
      for (int k = 0; k < chains.size(); k++) {
        List<Entry> c = chains.get(k);
        if (c != null && !within(c.get(0).time(), now)) {
          chains.set(k, null);
        }
      }
    }

    /**
     * Records every chain {@code e} ends (alone, or after a chain ending with an earlier rule of
     * the list) where it starts later than the one kept; returns the longest.
     */
    private List<Entry> extend(Entry e) {
      int i = e.input();
      List<Entry> longest = null;
      for (int len = 1; len <= i + 1; len++) {
        List<Entry> before = null;
        if (len > 1) {
          for (int j = 0; j < i; j++) {
            List<Entry> c = chains.get(j * n + len - 2);
            if (c != null && (before == null || c.get(0).time().isAfter(before.get(0).time()))) {
              before = c;
            }
          }
          if (before == null) {
            continue;
          }
        }
        List<Entry> made = new ArrayList<>(len);
        if (before != null) {
          made.addAll(before);
        }
        made.add(e);
        List<Entry> kept = chains.get(i * n + len - 1);
        if (kept == null || !kept.get(0).time().isAfter(made.get(0).time())) {
          chains.set(i * n + len - 1, made);
        }
        longest = made;
      }
      return longest;
    }

    @Override
    void close(Emit emit) {
      if (!eager && !held.isEmpty()) {
        int rules = longestInOrder();
        if (corr.condition().test(rules)) {
          emit.emit(List.copyOf(held), rules);
        }
      }
      held.clear();
      start = null;
    }

    /** The longest chain of the held matches, in time order, whose rules follow the list. */
    private int longestInOrder() {
      int[] best = new int[n];
      int longest = 0;
      for (Entry e : held) {
        int i = e.input();
        int before = 0;
        for (int j = 0; j < i; j++) {
          before = Math.max(before, best[j]);
        }
        best[i] = Math.max(best[i], before + 1);
        longest = Math.max(longest, best[i]);
      }
      return longest;
    }

    @Override
    int size() {
      int s = held.size();
      for (List<Entry> c : chains) {
        s += c == null ? 0 : c.size();
      }
      return s;
    }

    @Override
    Instant last() {
      return last;
    }
  }
}
