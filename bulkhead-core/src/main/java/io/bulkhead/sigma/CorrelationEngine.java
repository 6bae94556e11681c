package io.bulkhead.sigma;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.bulkhead.event.Event;
import io.bulkhead.event.Origin;
import io.bulkhead.sigma.model.FieldRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Runs correlation rules over the matches of the rules they refer to.
 *
 * <p>Inputs are buffered and released in time order: an input is released once the latest time
 * seen is more than the allowed lateness after it (with no lateness bound, at the end of input),
 * so events that arrive a little out of order still correlate correctly. An input older than what
 * was already released is too late: it is counted and left out. The buffer is bounded; beyond the
 * bound the oldest input is released early (and counted).
 *
 * <p>State is kept per correlation and group, least recently active first; groups whose window
 * has passed are closed and forgotten as time advances, and beyond the group or event bounds the
 * least recently active group is evicted (and counted). Memory is therefore bounded whatever the
 * input.
 *
 * <p>Not thread-safe; owned by one {@link Detector}.
 */
final class CorrelationEngine {
  private record Feed(Runner runner, CorrelationRule.Input input) {}

  private record Pending(Instant time, long seconds, int nanos, long event, int order, long seq, Feed feed, List<String> group,
      String value, double number, List<Origin> origins) {
    Pending(Instant time, long event, int order, long seq, Feed feed, List<String> group, String value, double number,
        List<Origin> origins) {
      // The time's fields are copied so that ordering compares primitives without following a pointer.
      this(time, time.getEpochSecond(), time.getNano(), event, order, seq, feed, group, value, number, origins);
    }
  }

  private final DetectorOptions opt;
  private final List<Runner> runners = new ArrayList<>();
  private final Map<CompiledRule, List<Feed>> byRule = new IdentityHashMap<>();
  private final Map<CorrelationRule, List<Feed>> byChild = new IdentityHashMap<>();
  private final OrderedBuffer<Pending> buffer = new OrderedBuffer<>(CorrelationEngine::inOrder);
  private long seq;
  private long event;
  private Instant maxSeen;
  private Instant released;
  private long forced;
  private MatchSink sink;

  /** @param running the correlations to run, children before the correlations that use them */
  CorrelationEngine(List<CorrelationRule> running, Predicate<CorrelationRule> emits, DetectorOptions opt) {
    this.opt = opt;
    Map<CorrelationRule, Runner> runnerOf = new IdentityHashMap<>();
    for (CorrelationRule c : running) {
      Runner r = new Runner(c, emits.test(c));
      runners.add(r);
      runnerOf.put(c, r);
    }
    for (Runner r : runners) {
      for (CorrelationRule.Input in : r.rule.inputs()) {
        Feed f = new Feed(r, in);
        if (in.rule() != null) {
          byRule.computeIfAbsent(in.rule(), k -> new ArrayList<>()).add(f);
        } else {
          byChild.computeIfAbsent(in.child(), k -> new ArrayList<>()).add(f);
        }
      }
    }
  }

  /**
   * Release order: time, then arrival (event, then step, reversed). Written out rather than
   * composed with {@code Comparator.thenComparing}, whose chained lambdas the JIT cannot inline:
   * a hunt orders every correlation input through it.
   */
  private static int inOrder(Pending a, Pending b) {
    int c = Long.compare(a.seconds, b.seconds);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(a.nanos, b.nanos);
    if (c != 0) {
      return c;
    }
    c = Long.compare(a.event, b.event);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(a.order, b.order);
    return c != 0 ? c : Long.compare(a.seq, b.seq);
  }

  boolean feeds(CompiledRule r) {
    return byRule.containsKey(r);
  }

  /** Marks the start of a new event: inputs from one event are ordered among themselves. */
  void nextEvent() {
    event++;
  }

  /**
   * What {@code e}, matched by {@code rule}, gives each correlation input that uses the rule: its
   * group and value, or why it gives nothing. A pure function of the two, safe to call from
   * several threads at once (the engine's feeds are fixed at construction): a {@link
   * Detector.Lane} calls it on the reader's workers, where the field lookups it needs are cheap
   * to spread.
   */
  Keyed[] keys(CompiledRule rule, Event e) {
    List<Feed> feeds = byRule.get(rule);
    Keyed[] out = new Keyed[feeds.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = key(feeds.get(k), e);
    }
    return out;
  }

  private static Keyed key(Feed f, Event e) {
    if (e.time() == null) {
      return Keyed.NO_TIME;
    }
    List<String> group = new ArrayList<>(f.input.groupFields().size());
    for (FieldRef g : f.input.groupFields()) {
      String v = first(e.raw(), g);
      if (v == null) {
        return Keyed.NO_GROUP;
      }
      group.add(v);
    }
    String value = null;
    double number = 0;
    if (!f.input.valueFields().isEmpty()) {
      value = values(e.raw(), f.input.valueFields());
      java.math.BigDecimal n = value == null || !f.runner.numeric() ? null : Evaluator.number(TextNode.valueOf(value));
      if (value == null || f.runner.numeric() && n == null) {
        return Keyed.NO_VALUE;
      }
      number = n == null ? 0 : n.doubleValue();
    }
    return new Keyed(group, value, number, Keyed.Skip.NONE);
  }

  /** One event's key for one correlation input, or the reason it has none. */
  record Keyed(List<String> group, String value, double number, Skip skip) {
    enum Skip { NONE, NO_TIME, NO_GROUP, NO_VALUE }

    static final Keyed NO_TIME = new Keyed(null, null, 0, Skip.NO_TIME);
    static final Keyed NO_GROUP = new Keyed(null, null, 0, Skip.NO_GROUP);
    static final Keyed NO_VALUE = new Keyed(null, null, 0, Skip.NO_VALUE);
  }

  /**
   * A detection rule matched {@code e}: hand it to every correlation that uses the rule. Inputs of
   * one event are released in reverse order of their step, so that in a sequence one event
   * matching two steps cannot complete both.
   */
  void matched(CompiledRule rule, Event e, MatchSink out) {
    matched(rule, e, keys(rule, e), out);
  }

  /** As {@link #matched(CompiledRule, Event, MatchSink)}, with the keys {@link #keys} gave. */
  void matched(CompiledRule rule, Event e, Keyed[] keys, MatchSink out) {
    this.sink = out;
    List<Feed> feeds = byRule.get(rule);
    for (int k = 0; k < keys.length; k++) {
      Feed f = feeds.get(k);
      Counters c = f.runner.stats;
      c.inputs++;
      switch (keys[k].skip()) {
        case NO_TIME -> c.withoutTime++;
        case NO_GROUP -> c.withoutGroup++;
        case NO_VALUE -> c.withoutValue++;
        case NONE -> offer(new Pending(e.time(), event, -f.input.index(), seq++, f, keys[k].group(), keys[k].value(),
            keys[k].number(), List.of(e.source())));
      }
    }
  }

  private void offer(Pending p) {
    if (released != null && p.time.isBefore(released)) {
      p.feed.runner.stats.late++;
      return;
    }
    buffer.add(p);
    if (maxSeen == null || p.time.isAfter(maxSeen)) {
      maxSeen = p.time;
    }
    while (buffer.size() > opt.maxBuffered()) {
      forced++;
      release(buffer.poll());
    }
    if (opt.lateness() != null) {
      Instant watermark = maxSeen.minus(opt.lateness());
      while (!buffer.isEmpty() && !buffer.peek().time.isAfter(watermark)) {
        release(buffer.poll());
      }
    }
  }

  private void release(Pending p) {
    released = p.time;
    p.feed.runner.process(p.feed.input.index(), p.group, p.value, p.number, p.time, p.origins);
  }

  /**
   * Time has reached {@code now} (a stream's clock, when events are sparse): inputs older than
   * the lateness allows are released, and windows that have passed are decided and forgotten.
   */
  void advance(Instant now, MatchSink out) {
    this.sink = out;
    Instant watermark = opt.lateness() == null ? null : now.minus(opt.lateness());
    while (watermark != null && !buffer.isEmpty() && !buffer.peek().time.isAfter(watermark)) {
      release(buffer.poll());
    }
    if (watermark != null && (released == null || watermark.isAfter(released))) {
      released = watermark;
    }
    for (Runner r : runners) {
      r.expire(released == null ? now : released);
    }
  }

  /** End of input: every buffered input is processed, every open window decided. */
  void finish(MatchSink out) {
    this.sink = out;
    while (!buffer.isEmpty()) {
      release(buffer.poll());
    }
    for (Runner r : runners) {
      r.closeAll();
    }
  }

  List<DetectorStats.Correlation> stats() {
    return runners.stream().map(r -> new DetectorStats.Correlation(r.rule.info(), r.stats.inputs, r.stats.withoutTime,
        r.stats.withoutGroup, r.stats.withoutValue, r.stats.late, r.stats.evicted, r.groups.size(), r.stats.matches)).toList();
  }

  long forcedReleases() {
    return forced;
  }

  private static String first(JsonNode raw, FieldRef f) {
    String[] out = new String[1];
    Values.any(raw, f, v -> {
      out[0] = Values.text(v);
      return out[0] != null;
    });
    return out[0];
  }

  /** The value of one field, or of several joined (value_count over several fields counts tuples). */
  private static String values(JsonNode raw, List<FieldRef> fields) {
    if (fields.size() == 1) {
      return first(raw, fields.get(0));
    }
    StringBuilder b = new StringBuilder();
    for (FieldRef f : fields) {
      String v = first(raw, f);
      if (v == null) {
        return null;
      }
      b.append(v).append('\u0000');
    }
    return b.toString();
  }

  private static final class Counters {
    long inputs;
    long withoutTime;
    long withoutGroup;
    long withoutValue;
    long late;
    long evicted;
    long matches;
  }

  /** One running correlation: its groups, least recently active first. */
  private final class Runner {
    final CorrelationRule rule;
    final boolean emits;
    final Counters stats = new Counters();
    final LinkedHashMap<List<String>, Window> groups = new LinkedHashMap<>(16, 0.75f, true);
    long entries;

    Runner(CorrelationRule rule, boolean emits) {
      this.rule = rule;
      this.emits = emits;
    }

    boolean numeric() {
      return switch (rule.correlation().type()) {
        case VALUE_SUM, VALUE_AVG, VALUE_PERCENTILE -> true;
        default -> false;
      };
    }

    void process(int input, List<String> group, String value, double number, Instant time, List<Origin> origins) {
      expire(time);
      Window w = groups.get(group);
      if (w == null) {
        w = Window.of(rule.correlation(), rule.inputs().size());
        groups.put(group, w);
        while (groups.size() > opt.maxGroups()) {
          evictEldest();
        }
      }
      int before = w.size();
      w.add(new Window.Entry(time, input, value, number, origins), (entries, v) -> emit(group, entries, v));
      this.entries += w.size() - before;
      while (this.entries > opt.maxEntries() && groups.size() > 1) {
        evictEldest();
      }
    }

    private void evictEldest() {
      Iterator<Window> it = groups.values().iterator();
      Window w = it.next();
      entries -= w.size();
      it.remove();
      stats.evicted++;
    }

    /** Closes and forgets groups whose windows are over, oldest activity first. */
    void expire(Instant now) {
      Iterator<Map.Entry<List<String>, Window>> it = groups.entrySet().iterator();
      while (it.hasNext()) {
        Map.Entry<List<String>, Window> g = it.next();
        if (!g.getValue().expired(now)) {
          break;
        }
        entries -= g.getValue().size();
        g.getValue().close((es, v) -> emit(g.getKey(), es, v));
        it.remove();
      }
    }

    void closeAll() {
      for (Map.Entry<List<String>, Window> g : List.copyOf(groups.entrySet())) {
        g.getValue().close((es, v) -> emit(g.getKey(), es, v));
      }
      groups.clear();
      entries = 0;
    }

    private void emit(List<String> group, List<Window.Entry> taking, double value) {
      stats.matches++;
      Map<String, String> g = new LinkedHashMap<>();
      for (int i = 0; i < group.size(); i++) {
        g.put(rule.correlation().groupBy().get(i), group.get(i));
      }
      List<Origin> origins = new ArrayList<>();
      long count = 0;
      for (Window.Entry e : taking) {
        count += e.origins().size();
        for (Origin o : e.origins()) {
          if (origins.size() < opt.maxEventsListed()) {
            origins.add(o);
          }
        }
      }
      Instant time = taking.get(taking.size() - 1).time();
      Match.CorrelationMatch m = new Match.CorrelationMatch(rule.info(), rule.correlation().type(), time, g, origins, count, value);
      if (emits) {
        sink.match(m);
      }
      List<Origin> all = new ArrayList<>();
      taking.forEach(e -> all.addAll(e.origins()));
      for (Feed parent : byChild.getOrDefault(rule, List.of())) {
        chained(parent, m, all);
      }
    }
  }

  /** A correlation matched: hand the match to the correlations that use it, at its time. */
  private void chained(Feed f, Match.CorrelationMatch m, List<Origin> origins) {
    Runner r = f.runner;
    r.stats.inputs++;
    List<String> group = new ArrayList<>();
    for (String k : f.input.childGroupKeys()) {
      group.add(m.group().get(k));
    }
    String value = null;
    double number = 0;
    if (!f.input.childValueKeys().isEmpty()) {
      StringBuilder b = new StringBuilder();
      for (String k : f.input.childValueKeys()) {
        b.append(m.group().get(k)).append(f.input.childValueKeys().size() > 1 ? "\u0000" : "");
      }
      value = b.toString();
      java.math.BigDecimal n = Evaluator.number(TextNode.valueOf(value));
      if (r.numeric() && n == null) {
        r.stats.withoutValue++;
        return;
      }
      number = n == null ? 0 : n.doubleValue();
    }
    r.process(f.input.index(), group, value, number, m.time(), origins);
  }
}
