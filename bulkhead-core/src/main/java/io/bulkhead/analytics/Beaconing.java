package io.bulkhead.analytics;

import io.bulkhead.event.Event;
import io.bulkhead.sigma.model.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Periodic beaconing: one source connecting to one destination at regular intervals, the
 * heartbeat of an implant calling its command-and-control server. Connections are read from
 * egress logs ({@link Connection} lists the fields); each (source, destination) pair keeps its
 * earliest connections, and a pair whose connections hold a regular run ({@link Periodicity})
 * raises one high alert at the connection that completed the run.
 *
 * <p>Why not Sigma: a correlation counts events in a window; regularity needs the intervals
 * between them.
 *
 * <p>What is left out, because it is periodic by design: destinations reached by many sources
 * (update servers, telemetry intake: an implant's server has one or a few victims), internal
 * destinations, DNS and NTP. Pairs are judged at {@link #finish} in a hunt, or, with a lateness
 * bound, when the clock passes their connections by that bound; the result does not depend on
 * the order events arrive in.
 */
public final class Beaconing implements Analytic<Beaconing.State> {
  /** The analytic as a rule. */
  public static final AnalyticInfo INFO = new AnalyticInfo("3a1e9c7b-4d2f-4b6e-8f05-9c8d7e6b5a43", "periodic-beaconing",
      "Periodic connections from one source to one destination (beaconing)", Level.HIGH,
      List.of("attack.command-and-control", "attack.t1071", "attack.t1071.001", "attack.t1573", "attack.t1029"));

  private final BeaconingConfig config;

  private Beaconing(BeaconingConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public static Beaconing of(BeaconingConfig config) {
    return new Beaconing(config);
  }

  public BeaconingConfig config() {
    return config;
  }

  @Override
  public AnalyticInfo info() {
    return INFO;
  }

  @Override
  public State newState() {
    return new State();
  }

  @Override
  public void accept(State s, Event e, AlertSink sink) {
    s.events++;
    if (!config.formats().contains(e.logsource())) {
      return;
    }
    Connection c = Connection.of(e);
    if (c == null) {
      return;
    }
    if (c.port() != null && config.ignorePorts().contains(c.port())
        || config.ignoreInternalDestinations() && Networks.isInternal(Networks.parse(c.destinationIp()))) {
      s.ignored++;
      return;
    }
    s.connections++;
    fanIn(s, c);
    String key = c.source() + "\u0000" + c.destination().toLowerCase(Locale.ROOT);
    PairHistory p = s.pairs.get(key);
    if (p == null) {
      p = new PairHistory(c);
      s.pairs.put(key, p);
    }
    s.stored += p.add(c, config.maxTimesPerPair());
    if (p.seen > p.size()) {
      s.timesDropped++;
    }
    if (!p.alerted) {
      s.dirty.add(p);
    }
    Iterator<PairHistory> it = s.pairs.values().iterator();
    while (s.pairs.size() > config.maxPairs() && it.hasNext()) {
      PairHistory old = it.next();
      if (old == p) {
        break;
      }
      it.remove();
      s.dirty.remove(old);
      s.stored -= old.size();
      s.pairsEvicted++;
    }
    if (s.clock == null || c.time().isAfter(s.clock)) {
      s.clock = c.time();
    }
    if (config.lateness() != null) {
      decide(s, s.clock.minus(config.lateness()), sink);
    }
  }

  /** Counts distinct sources per destination until it is common; bounded, least recently used forgotten. */
  private void fanIn(State s, Connection c) {
    String d = c.destination().toLowerCase(Locale.ROOT);
    if (s.common.get(d) != null) {
      return;
    }
    Set<String> sources = s.fanIn.computeIfAbsent(d, k -> new HashSet<>());
    sources.add(c.source());
    if (sources.size() >= config.commonDestination()) {
      s.fanIn.remove(d);
      s.common.put(d, Boolean.TRUE);
      trim(s.common, config.maxDestinations(), s);
    }
    trim(s.fanIn, config.maxDestinations(), s);
  }

  private static void trim(LinkedHashMap<String, ?> m, int cap, State s) {
    Iterator<String> it = m.keySet().iterator();
    while (m.size() > cap && it.hasNext()) {
      it.next();
      it.remove();
      s.destinationsEvicted++;
    }
  }

  @Override
  public void advanceTo(State s, Instant now, AlertSink sink) {
    if (config.lateness() != null) {
      decide(s, now.minus(config.lateness()), sink);
    }
  }

  @Override
  public void finish(State s, AlertSink sink) {
    decide(s, null, sink);
  }

  @Override
  public AnalyticStats stats(State s) {
    Map<String, Long> c = new LinkedHashMap<>();
    c.put("events", s.events);
    c.put("connections", s.connections);
    c.put("connectionsIgnored", s.ignored);
    c.put("pairs", (long) s.pairs.size());
    c.put("pairsEvicted", s.pairsEvicted);
    c.put("connectionsBeyondPairCap", s.timesDropped);
    c.put("connectionsKept", s.stored);
    c.put("commonDestinations", (long) s.common.size());
    c.put("destinationsEvicted", s.destinationsEvicted);
    c.put("regularPairsToCommonDestinations", s.suppressedCommon);
    c.put("alerts", s.alerts);
    return new AnalyticStats(INFO, c);
  }

  /**
   * Judges the pairs with connections not yet judged, on their connections up to {@code upTo}
   * (all of them when null); a pair stays pending while it has connections after {@code upTo}.
   */
  private void decide(State s, Instant upTo, AlertSink sink) {
    List<Alert> out = new ArrayList<>();
    long limit = upTo == null ? Long.MAX_VALUE : upTo.toEpochMilli();
    Iterator<PairHistory> pending = s.dirty.iterator();
    while (pending.hasNext()) {
      PairHistory p = pending.next();
      int n = p.countUpTo(limit);
      if (n == p.size()) {
        pending.remove();
      }
      if (p.alerted || n == p.judged) {
        continue;
      }
      p.judged = n;
      if (n < config.minConnections()) {
        continue;
      }
      long[] times = new long[n];
      for (int i = 0; i < n; i++) {
        times[i] = p.time(i);
      }
      Periodicity.Run run = Periodicity.first(times, n, config);
      if (run == null) {
        continue;
      }
      p.alerted = true;
      if (s.common.get(p.destination.toLowerCase(Locale.ROOT)) != null) {
        s.suppressedCommon++;
        continue;
      }
      out.add(alert(p, run));
    }
    out.sort(Comparator.comparing(Alert::time).thenComparing(a -> a.entities().get("source"))
        .thenComparing(a -> a.entities().get("destination")));
    for (Alert a : out) {
      s.alerts++;
      sink.alert(a);
    }
  }

  private static Alert alert(PairHistory p, Periodicity.Run run) {
    Map<String, String> ent = new HashMap<>();
    ent.put("source", p.source);
    ent.put("destination", p.destination);
    if (p.destinationIp != null) {
      ent.put("ip", p.destinationIp);
    }
    if (p.port != null) {
      ent.put("port", Integer.toString(p.port));
    }
    if (p.principal != null) {
      ent.put("principal", p.principal);
    }
    ent.put("logsource", p.logsource);
    String period = String.format(Locale.ROOT, "%.1f", run.periodMillis() / 1000.0);
    String cv = String.format(Locale.ROOT, "%.3f", run.cv());
    ent.put("periodSeconds", period);
    ent.put("cv", cv);
    ent.put("connections", Long.toString(p.seen));
    String summary = p.source + " connects to " + p.destination + " every " + period + " s (coefficient of variation " + cv
        + ", " + p.seen + " connections)";
    return new Alert(INFO, INFO.level(), p.instant(run.endIndex()), p.origin(run.endIndex()), ent, summary);
  }

  /** What one run learnt. Not thread-safe; create with {@link #newState()}. */
  public static final class State {
    /** Least recently active first, for eviction. */
    private final LinkedHashMap<String, PairHistory> pairs = new LinkedHashMap<>(64, 0.75f, true);
    private final LinkedHashMap<String, Set<String>> fanIn = new LinkedHashMap<>(64, 0.75f, true);
    /** Destinations found common, least recently seen first; bounded like {@link #fanIn}. */
    private final LinkedHashMap<String, Boolean> common = new LinkedHashMap<>(64, 0.75f, true);
    /** Pairs with connections not yet judged, in the order they became so (identity: pairs are unique per key). */
    private final Set<PairHistory> dirty = new java.util.LinkedHashSet<>();
    private Instant clock;
    private long events;
    private long connections;
    private long ignored;
    private long stored;
    private long timesDropped;
    private long pairsEvicted;
    private long destinationsEvicted;
    private long suppressedCommon;
    private long alerts;

    private State() {}
  }
}
