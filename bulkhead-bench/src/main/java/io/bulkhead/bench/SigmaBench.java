package io.bulkhead.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bulkhead.event.Event;
import io.bulkhead.event.Origin;
import io.bulkhead.sigma.Detector;
import io.bulkhead.sigma.DetectorOptions;
import io.bulkhead.sigma.DetectorStats;
import io.bulkhead.sigma.MatchSink;
import io.bulkhead.sigma.RuleSet;
import io.bulkhead.sigma.SigmaLoader;
import io.bulkhead.source.EventSink;
import io.bulkhead.source.LogReader;
import io.bulkhead.source.Reject;
import io.bulkhead.source.StagedSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The detection benchmark of issue 4: every loadable SigmaHQ cloud and identity rule plus the
 * rule pack over the generated NDJSON corpora (more than a million events), next to {@code jq}
 * evaluating one rule's condition on the same file; and correlation state under a million
 * distinct group keys. Run: {@code java -cp bulkhead-bench.jar io.bulkhead.bench.SigmaBench
 * [--dir D] [--size 1g] [--rules PATH]...}.
 */
public final class SigmaBench {
  private SigmaBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of("/tmp/bulkhead-bench");
    Size size = Size.parse("1g");
    List<Path> rules = new ArrayList<>();
    boolean onlyCorrelation = false;
    boolean onlyDetection = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--only-correlation" -> onlyCorrelation = true;
        case "--only-detection" -> onlyDetection = true;
        case "--dir" -> dir = Path.of(args[++i]);
        case "--size" -> size = Size.parse(args[++i]);
        case "--rules" -> rules.add(Path.of(args[++i]));
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (rules.isEmpty()) {
      rules = List.of(Path.of("../shared/data/sigmahq/rules"), Path.of("rules"));
    }
    if (onlyCorrelation) {
      correlationState();
      return;
    }
    Files.createDirectories(dir);
    RuleSet rs = SigmaLoader.builder().build().load(rules);
    System.out.printf(Locale.ROOT, "> rules: %d loaded (%d detections, %d correlations), %d not loaded, from %s%n",
        rs.loaded(), rs.detections().size(), rs.correlations().size(), rs.rejected().size(), rules);
    List<Path> files = new ArrayList<>();
    for (BenchFormat f : List.of(BenchFormat.OKTA, BenchFormat.CLOUDTRAIL, BenchFormat.CLOUDFLARE_HTTP_REQUESTS)) {
      files.add(Generator.cached(dir, f, size));
    }
    if (onlyDetection) {
      detectionOnly(rs, files);
      return;
    }
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.size(f);
    }
    hunt(rs, files, 0.25);
    double readSecs = hunt(null, files, 1);
    HuntRun run = huntRun(rs, files);
    double detectSecs = Math.max(1e-9, run.seconds() - readSecs);
    System.out.println();
    System.out.println("| pass | seconds | MB/s | events/s |");
    System.out.println("|:--|--:|--:|--:|");
    row("read + normalise only", readSecs, bytes, run.stats().events());
    row("read + normalise + all rules", run.seconds(), bytes, run.stats().events());
    row("rules alone (difference)", detectSecs, bytes, run.stats().events());
    System.out.printf(Locale.ROOT, "%n> events %,d; matches %,d; rule checks %,d, of which evaluated after the prefilter %,d (%.2f%%)%n",
        run.stats().events(), run.matches(), run.stats().ruleChecks(), run.stats().evaluations(),
        100.0 * run.stats().evaluations() / Math.max(1, run.stats().ruleChecks()));
    detectionOnly(rs, files);
    jq(files.get(0));
    correlationState();
  }

  /**
   * Rules alone, without reading: events parsed beforehand and held in memory, evaluated in two
   * lanes on two threads, then counted and correlated in order, as hunt does.
   */
  private static void detectionOnly(RuleSet rs, List<Path> files) throws Exception {
    List<Event> events = new ArrayList<>();
    int perFile = 150_000;
    for (Path f : files) {
      List<Event> some = new ArrayList<>();
      LogReader.builder().build().read(List.of(f.toString()), new EventSink() {
        @Override
        public void event(Event e) {
          if (some.size() < perFile) {
            some.add(e);
          }
        }

        @Override
        public void reject(Reject r) {}
      });
      events.addAll(some);
    }
    for (int round = 0; round < 3; round++) {
      separate(rs, events, round);
    }
    for (int round = 0; round < 3; round++) {
      pipelined(rs, events, round);
    }
  }

  /** The lanes over all events first, then the ordered part: each timed on its own. */
  private static void separate(RuleSet rs, List<Event> events, int round) throws InterruptedException {
    Detector d = Detector.of(rs, DetectorOptions.defaults());
    Detector.Evaluation[] out = new Detector.Evaluation[events.size()];
    long t0 = System.nanoTime();
    Thread[] workers = new Thread[2];
    for (int w = 0; w < workers.length; w++) {
      int from = w * events.size() / workers.length;
      int to = (w + 1) * events.size() / workers.length;
      workers[w] = new Thread(() -> {
        Detector.Lane lane = d.lane();
        for (int i = from; i < to; i++) {
          out[i] = lane.evaluate(events.get(i));
        }
      });
      workers[w].start();
    }
    for (Thread t : workers) {
      t.join();
    }
    double laneSecs = (System.nanoTime() - t0) / 1e9;
    long[] matches = {0};
    for (int i = 0; i < out.length; i++) {
      d.accept(events.get(i), out[i], m -> matches[0]++);
    }
    d.finish(m -> matches[0]++);
    double secs = (System.nanoTime() - t0) / 1e9;
    long inputs = d.stats().correlations().stream().mapToLong(DetectorStats.Correlation::inputs).sum();
    System.out.printf(Locale.ROOT, "> rules alone, %,d parsed events in memory, lanes then ordered part%s: %.2f s, %,.0f events/s,"
        + " %,d matches (evaluation in 2 lanes %.2f s, %,.0f events/s; ordered counting and correlation of %,d inputs %.2f s)%n",
        events.size(), round == 0 ? " (warm-up)" : "", secs, events.size() / secs, matches[0],
        laneSecs, events.size() / laneSecs, inputs, secs - laneSecs);
  }

  /**
   * As hunt runs: chunks of events evaluated on two worker threads, each with its own lane, while
   * this thread counts and correlates the chunks in order; at most five chunks in flight.
   */
  private static void pipelined(RuleSet rs, List<Event> events, int round) throws Exception {
    Detector d = Detector.of(rs, DetectorOptions.defaults());
    int chunk = 512;
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      ThreadLocal<Detector.Lane> lanes = ThreadLocal.withInitial(d::lane);
      java.util.ArrayDeque<java.util.concurrent.Future<Detector.Evaluation[]>> inFlight = new java.util.ArrayDeque<>();
      long[] matches = {0};
      long t0 = System.nanoTime();
      int next = 0;
      int consumed = 0;
      while (consumed < events.size()) {
        while (next < events.size() && inFlight.size() < 5) {
          int from = next;
          int to = Math.min(events.size(), from + chunk);
          inFlight.add(pool.submit(() -> {
            Detector.Lane lane = lanes.get();
            Detector.Evaluation[] out = new Detector.Evaluation[to - from];
            for (int i = from; i < to; i++) {
              out[i - from] = lane.evaluate(events.get(i));
            }
            return out;
          }));
          next = to;
        }
        for (Detector.Evaluation ev : inFlight.poll().get()) {
          d.accept(events.get(consumed++), ev, m -> matches[0]++);
        }
      }
      d.finish(m -> matches[0]++);
      double secs = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "> rules alone, %,d parsed events in memory, pipelined as hunt runs%s: %.2f s, %,.0f events/s,"
          + " %,d matches%n", events.size(), round == 0 ? " (warm-up)" : "", secs, events.size() / secs, matches[0]);
    } finally {
      pool.shutdownNow();
    }
  }

  private record HuntRun(double seconds, DetectorStats stats, long matches) {}

  /** Reads the files (a fraction of each when warming up), with the rules when given; seconds. */
  private static double hunt(RuleSet rs, List<Path> files, double fraction) {
    if (fraction < 1) {
      // Warm-up: the JIT compiles the reader and the evaluator before anything is timed.
      huntRun(rs, files);
      return 0;
    }
    long t0 = System.nanoTime();
    LogReader.builder().build().read(files.stream().map(Path::toString).toList(), counting());
    return (System.nanoTime() - t0) / 1e9;
  }

  private static HuntRun huntRun(RuleSet rs, List<Path> files) {
    Detector d = Detector.of(rs, DetectorOptions.defaults());
    long[] matches = {0};
    MatchSink sink = m -> matches[0]++;
    long t0 = System.nanoTime();
    // As hunt does: detection rules evaluated in a lane per reader worker, correlations in order.
    ThreadLocal<Detector.Lane> lanes = ThreadLocal.withInitial(d::lane);
    LogReader.builder().build().read(files.stream().map(Path::toString).toList(), new StagedSink<Detector.Evaluation>() {
      @Override
      public Detector.Evaluation prepare(Event e) {
        return lanes.get().evaluate(e);
      }

      @Override
      public void event(Event e, Detector.Evaluation ev) {
        d.accept(e, ev, sink);
      }

      @Override
      public void reject(Reject r) {}
    });
    d.finish(sink);
    return new HuntRun((System.nanoTime() - t0) / 1e9, d.stats(), matches[0]);
  }

  private static EventSink counting() {
    return new EventSink() {
      long n;

      @Override
      public void event(Event e) {
        n += e.source().line();
      }

      @Override
      public void reject(Reject r) {}
    };
  }

  /** jq evaluating the condition of SigmaHQ's Okta "user session start via an anonymising proxy"-like selection. */
  private static void jq(Path okta) {
    String filter = "select(.eventType == \"user.session.start\" and .outcome.result == \"FAILURE\")";
    ExternalTool jq = new ExternalTool("jq select(condition)", List.of("jq", "-c", filter), false);
    if (jq.version() == null) {
      System.out.println("> jq not installed; skipped");
      return;
    }
    Result r = jq.run(okta);
    System.out.printf(Locale.ROOT, "%n> %s on %s: %.2f s, %.0f MB/s%n", r.tool(), okta.getFileName(), r.seconds(),
        r.bytes() / 1e6 / r.seconds());
  }

  /**
   * An event_count correlation grouped by user, fed a million distinct users within its window:
   * state must stay bounded by --max-groups, the excess evicted and counted.
   */
  private static void correlationState() {
    String rule = """
        title: many sign-in failures for one user
        id: 6b0f8a52-5f7e-4b43-9a8e-000000000001
        name: okta_failure
        logsource: {product: okta, service: okta}
        detection:
          sel: {eventType: user.session.start}
          condition: sel
        ---
        title: correlation over a million users
        id: 6b0f8a52-5f7e-4b43-9a8e-000000000002
        correlation:
          type: event_count
          rules: [okta_failure]
          group-by: [actor.alternateId]
          timespan: 1h
          condition: {gte: 1000}
        """;
    RuleSet rs = SigmaLoader.builder().build().loadText("million.yml", rule);
    for (int cap : new int[] {100_000, 1_000_000}) {
      // A lateness bound makes state live as events arrive, as on a stream; without one a hunt
      // buffers inputs (bounded by --max-buffered) to reorder them first.
      Detector d = Detector.of(rs, DetectorOptions.defaults().withMaxGroups(cap).withLateness(Duration.ofMinutes(1)));
      MatchSink none = m -> { };
      Instant t = Instant.parse("2023-11-16T00:00:00Z");
      long t0 = System.nanoTime();
      for (int i = 0; i < 1_000_000; i++) {
        ObjectNode raw = JsonNodeFactory.instance.objectNode();
        raw.put("eventType", "user.session.start");
        raw.putObject("actor").put("alternateId", "user" + i + "@example.com");
        raw.put("published", t.plusMillis(i).toString());
        Event e = Event.builder("okta", new Origin("synthetic", i + 1L, 0), raw).time(t.plusMillis(i)).build();
        d.accept(e, none);
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      long heap = usedAfterGc();
      DetectorStats.Correlation c = d.stats().correlations().get(0);
      System.out.printf(Locale.ROOT, "> correlation, 1,000,000 distinct groups, --max-groups %,d: %.2f s, heap used after GC %,d MiB,"
          + " open groups %,d, evicted %,d%n", cap, secs, heap >> 20, c.openGroups(), c.evictedGroups());
      d.finish(none);
    }
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  private static void row(String pass, double secs, long bytes, long events) {
    System.out.printf(Locale.ROOT, "| %s | %.2f | %.0f | %,.0f |%n", pass, secs, bytes / 1e6 / secs, events / secs);
  }

}
