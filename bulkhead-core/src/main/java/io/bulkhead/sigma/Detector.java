package io.bulkhead.sigma;

import com.fasterxml.jackson.databind.JsonNode;
import io.bulkhead.event.Event;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Runs a {@link RuleSet} over a stream of events: every detection rule whose logsource covers the
 * event's format, skipping rules the prefilter rules out, and the correlation rules over their
 * matches. The same detector serves a hunt over files and a live stream: feed it events with
 * {@link #accept}, and call {@link #finish} at the end of input (a hunt) or never (a stream whose
 * correlations then decide as time advances).
 *
 * <pre>{@code
 * Detector d = Detector.of(rules, DetectorOptions.defaults());
 * for (Event e : events) {          // in an EventSink, as LogReader hands them on
 *   d.accept(e, matches::add);
 * }
 * d.finish(matches::add);
 * }</pre>
 *
 * <p>Not thread-safe: correlations keep state. Single-event evaluation is pure: to spread it over
 * threads, give each thread a {@link #lane()}, evaluate there, and pass the {@link Evaluation} to
 * {@link #accept(Event, Evaluation, MatchSink)} in event order.
 */
public final class Detector {
  private final List<CompiledRule> running;
  private final Set<CompiledRule> reporting = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private final CorrelationEngine correlations;
  private final Map<String, FormatPlan> plans = new HashMap<>();
  private final Lane own = new Lane();
  private final Map<String, long[]> eventsByFormat = new LinkedHashMap<>();
  private final Map<RuleInfo, long[]> matchCounts = new LinkedHashMap<>();
  private long events;
  private long ruleChecks;
  private long evaluations;

  private Detector(RuleSet rules, DetectorOptions options) {
    // Correlations that report, and every correlation they use (children first).
    List<CorrelationRule> corrs = new ArrayList<>();
    for (CorrelationRule c : rules.correlations()) {
      if (options.report().test(c.info()) && rules.reportsOnItsOwn(c.info())) {
        addWithChildren(c, corrs);
      }
    }
    this.correlations = new CorrelationEngine(corrs,
        c -> options.report().test(c.info()) && rules.reportsOnItsOwn(c.info()), options);
    List<CompiledRule> run = new ArrayList<>();
    for (CompiledRule r : rules.detections()) {
      boolean reports = options.report().test(r.info()) && rules.reportsOnItsOwn(r.info());
      if (reports) {
        reporting.add(r);
      }
      if (reports || correlations.feeds(r)) {
        run.add(r);
      }
    }
    this.running = List.copyOf(run);
  }

  private static void addWithChildren(CorrelationRule c, List<CorrelationRule> out) {
    if (out.contains(c)) {
      return;
    }
    for (CorrelationRule.Input in : c.inputs()) {
      if (in.child() != null) {
        addWithChildren(in.child(), out);
      }
    }
    out.add(c);
  }

  public static Detector of(RuleSet rules, DetectorOptions options) {
    return new Detector(Objects.requireNonNull(rules, "rules"), Objects.requireNonNull(options, "options"));
  }

  /** Evaluates the rules on one event; matches (and correlation matches it completes) go to {@code sink}. */
  public void accept(Event e, MatchSink sink) {
    accept(e, own.evaluate(e), sink);
  }

  /**
   * A thread-confined evaluator of the detection rules, which are pure functions of one event:
   * give each worker thread its own lane, evaluate there in parallel, and hand the result to
   * {@link #accept(Event, Evaluation, MatchSink)} in event order, where counting, reporting and
   * correlations (which keep state) happen.
   */
  public Lane lane() {
    return new Lane();
  }

  /**
   * Counts, reports and correlates what a {@link Lane} found for {@code e}. Call it in event
   * order, on one thread.
   */
  public void accept(Event e, Evaluation ev, MatchSink sink) {
    events++;
    eventsByFormat.computeIfAbsent(e.logsource(), k -> new long[1])[0]++;
    ruleChecks += ev.checks;
    evaluations += ev.evaluations;
    correlations.nextEvent();
    for (int i = 0; i < ev.matched.size(); i++) {
      CompiledRule r = ev.matched.get(i);
      if (reporting.contains(r)) {
        count(r.info());
        sink.match(new Match.EventMatch(r.info(), e));
      }
      CorrelationEngine.Keyed[] keys = ev.keys.get(i);
      if (keys != null) {
        correlations.matched(r, e, keys, m -> {
          count(m.rule());
          sink.match(m);
        });
      }
    }
  }

  /**
   * The detection rules one event matched, in rule order, with what it gives the correlations
   * that use them (null for a rule no correlation uses) and the work it took.
   */
  public static final class Evaluation {
    private final List<CompiledRule> matched;
    private final List<CorrelationEngine.Keyed[]> keys;
    private final int checks;
    private final int evaluations;

    private Evaluation(List<CompiledRule> matched, List<CorrelationEngine.Keyed[]> keys, int checks, int evaluations) {
      this.matched = matched;
      this.keys = keys;
      this.checks = checks;
      this.evaluations = evaluations;
    }

    /** How many detection rules matched. */
    public int matches() {
      return matched.size();
    }
  }

  /** See {@link #lane()}. Not thread-safe: its prefilter plans keep per-call scratch state. */
  public final class Lane {
    private final Map<String, FormatPlan> lanePlans = new HashMap<>();

    private Lane() {}

    /** The detection rules {@code e} matches; pure apart from this lane's scratch state. */
    public Evaluation evaluate(Event e) {
      FormatPlan plan = lanePlans.computeIfAbsent(e.logsource(), Detector.this::plan);
      JsonNode raw = e.raw();
      int[] candidates = plan.candidates(raw);
      List<CompiledRule> matched = List.of();
      List<CorrelationEngine.Keyed[]> keys = List.of();
      int evaluated = 0;
      for (int i : candidates) {
        if (!plan.precondition(i, raw)) {
          continue;
        }
        evaluated++;
        CompiledRule r = plan.rule(i);
        if (Evaluator.eval(r.condition(), raw)) {
          if (matched.isEmpty()) {
            matched = new ArrayList<>(2);
            keys = new ArrayList<>(2);
          }
          matched.add(r);
          // Correlation keys are field lookups too: taken here, off the ordered thread.
          keys.add(correlations.feeds(r) ? correlations.keys(r, e) : null);
        }
      }
      return new Evaluation(matched, keys, plan.size(), evaluated);
    }
  }

  /**
   * For a stream: the clock reached {@code now}. Correlation inputs older than the lateness
   * allows are processed, and windows that ended before are decided and their state dropped,
   * even when no event arrives. A hunt need not call it. Needs a lateness bound.
   */
  public void advanceTo(java.time.Instant now, MatchSink sink) {
    correlations.advance(now, m -> {
      count(m.rule());
      sink.match(m);
    });
  }

  /** End of input: decides every correlation still waiting (buffered inputs, open windows). */
  public void finish(MatchSink sink) {
    correlations.finish(m -> {
      count(m.rule());
      sink.match(m);
    });
  }

  private void count(RuleInfo r) {
    matchCounts.computeIfAbsent(r, k -> new long[1])[0]++;
  }

  private FormatPlan plan(String format) {
    List<CompiledRule> on = new ArrayList<>();
    for (CompiledRule r : running) {
      if (r.runsOn(format)) {
        on.add(r);
      }
    }
    return new FormatPlan(on);
  }

  /** How many of the rules running on {@code format} have no prefilter (evaluated on every event). */
  public int unfilteredRules(String format) {
    return plans.computeIfAbsent(format, this::plan).unfiltered();
  }

  public DetectorStats stats() {
    Map<String, Long> byFormat = new LinkedHashMap<>();
    eventsByFormat.forEach((k, v) -> byFormat.put(k, v[0]));
    Map<RuleInfo, Long> matches = new LinkedHashMap<>();
    matchCounts.forEach((k, v) -> matches.put(k, v[0]));
    return new DetectorStats(events, byFormat, ruleChecks, evaluations, matches, correlations.stats(),
        correlations.forcedReleases());
  }

  /** The rules this detector runs (reporting, or used by a reporting correlation). */
  public List<CompiledRule> running() {
    return running;
  }

  /** The formats seen so far. */
  public Set<String> formatsSeen() {
    return new LinkedHashSet<>(eventsByFormat.keySet());
  }
}
