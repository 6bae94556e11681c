package io.bulkhead.scenario;

import io.bulkhead.findings.Findings;
import io.bulkhead.findings.FindingsJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * One run of the generator: builds the organisation and the intrusion plan, writes every source
 * day by day on a pool of threads, then the inputs, the host reports and the answer key. Tasks
 * are independent (each has its own random streams and files) and their results are combined in
 * task order, so output does not depend on scheduling.
 */
final class Generation {
  /** The source groups, heaviest first so the pool finishes evenly. */
  private static final List<BiFunction<Org, Integer, DaySource>> SOURCES = List.of(
      WebSource::new, (o, d) -> new OktaSource(o, d), (o, d) -> new GatewaySource(o, d),
      (o, d) -> new CloudTrailSource(o, d), (o, d) -> new AccessSource(o, d), (o, d) -> new GitHubSource(o, d),
      (o, d) -> new EdgeSource(o, d), (o, d) -> new AuditSource());

  private final long seed;
  private final double scale;
  private final boolean attack;
  private final Preset preset;
  private final int threads;
  private final Path out;

  Generation(long seed, double scale, boolean attack, Preset preset, int threads, Path out) {
    this.seed = seed;
    this.scale = scale;
    this.attack = attack;
    this.preset = preset;
    this.threads = threads;
    this.out = out;
  }

  /** What one day of one source group wrote. */
  record DayResult(List<Sink> sinks, Map<String, Usage> usage) {}

  ScenarioSummary run() throws IOException {
    long started = System.nanoTime();
    Org org = new Org(seed, scale);
    Intrusion intrusion = attack ? new Intrusion(org) : null;
    List<Callable<DayResult>> tasks = new ArrayList<>();
    for (int day = 0; day < Org.DAYS; day++) {
      for (BiFunction<Org, Integer, DaySource> f : SOURCES) {
        int d = day;
        tasks.add(() -> {
          DaySource src = f.apply(org, d);
          List<Ev> planted = intrusion == null ? List.of() : intrusion.planted(src.group(), d);
          DayRun run = new DayRun(org, out, d, src, planted);
          run.run();
          return new DayResult(run.sinks(), run.usage);
        });
      }
    }
    List<Callable<DayResult>> side = List.of(
        () -> { new InputsWriter(org, out).write(); return null; },
        () -> { new HostReports(org, out, attack).write(); return null; });
    List<DayResult> results = runAll(tasks, side);

    Map<String, Long> events = new TreeMap<>();
    Map<String, long[]> coverage = new TreeMap<>();
    Map<String, Usage> usage = new LinkedHashMap<>();
    for (DayResult r : results) {
      for (Sink s : r.sinks()) {
        events.merge(s.logsource, s.events, Long::sum);
        if (s.events > 0) {
          coverage.merge(s.logsource, new long[] {s.first, s.last},
              (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
      }
      r.usage().forEach((k, v) -> usage.computeIfAbsent(k, x -> new Usage()).merge(v));
    }
    Findings key = new AnswerKey(org, intrusion, usage, coverage).build();
    new FindingsJson().write(key, out.resolve("answer-key.json"));
    long[] size = size(out);
    return new ScenarioSummary(out, preset, seed, scale, attack, size[0], size[1], events,
        Duration.ofNanos(System.nanoTime() - started));
  }

  private List<DayResult> runAll(List<Callable<DayResult>> tasks, List<Callable<DayResult>> side) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "bulkhead-scenario");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<DayResult>> futures = new ArrayList<>();
      for (Callable<DayResult> c : side) {
        futures.add(pool.submit(c));
      }
      for (Callable<DayResult> c : tasks) {
        futures.add(pool.submit(c));
      }
      List<DayResult> results = new ArrayList<>();
      for (Future<DayResult> f : futures) {
        DayResult r = f.get();
        if (r != null) {
          results.add(r);
        }
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("generation interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof IOException io) {
        throw io;
      }
      if (c instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      if (c instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(c);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Files and bytes under {@code dir}. */
  static long[] size(Path dir) throws IOException {
    long[] s = new long[2];
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile).forEach(p -> {
        s[0]++;
        try {
          s[1] += Files.size(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    return s;
  }
}
