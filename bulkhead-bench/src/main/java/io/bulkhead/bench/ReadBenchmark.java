package io.bulkhead.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@code bench read}: for each size and format, times the command-line tools and Bulkhead on the
 * same file, prints a table per file, then a summary of Bulkhead's speed against jq and of its
 * heap across sizes.
 */
final class ReadBenchmark {
  /** The project's goal: read+normalise at least this many times jq's throughput. */
  static final double GOAL_VS_JQ = 8.0;
  private static final double MIB = 1024.0 * 1024.0;
  /** Other processes' load, in cores, above which a timed run is repeated. */
  private static final double DISTURBED_CORES = 0.3;
  private static final int ATTEMPTS = 3;
  /** JVM flags that make Bulkhead's figures repeatable on a small VM; see the note in {@link #header()}. */
  static final String STABLE_FLAGS = "-Xms2g -Xmx2g -XX:+AlwaysPreTouch";

  private final ReadOptions opt;
  private final PrintStream out;
  /** The command-line tools found installed, by name. */
  private final List<String> tools = new ArrayList<>();
  private final List<Summary> summaries = new ArrayList<>();

  /** Bulkhead's row of one file, with jq's for the ratio. */
  private record Summary(BenchFormat format, Size size, Result bulkhead, Result jq) {}

  ReadBenchmark(ReadOptions opt, PrintStream out) {
    this.opt = opt;
    this.out = out;
  }

  void run() {
    header();
    for (Size size : opt.sizes()) {
      for (BenchFormat f : opt.formats()) {
        file(f, size);
      }
    }
    summary();
  }

  private void header() {
    var rt = ManagementFactory.getRuntimeMXBean();
    out.printf(Locale.ROOT, "> bulkhead-bench read: %d cores, %s %s, max heap %.0f MiB, Bulkhead threads %d%n",
        Runtime.getRuntime().availableProcessors(), rt.getVmName(), rt.getVmVersion(),
        Runtime.getRuntime().maxMemory() / MIB, opt.threads());
    out.println("> JVM flags: " + String.join(" ", rt.getInputArguments()));
    if (!rt.getInputArguments().contains("-XX:+AlwaysPreTouch")) {
      // Measured here: without it the same read varied from 200 to 400 MB/s from run to run, as the
      // heap grew into memory the VM had not yet touched; with it, within about 10%.
      out.println("> note: for stable figures run with " + STABLE_FLAGS + " (docs/benchmarks.md)");
    }
    out.println("> MB = 10^6 bytes; 'x jq' and 'x grep' = this row's MB/s divided by theirs; heap in MiB;");
    out.println("> 'other CPU' = cores other processes used during the row; each row waits for < "
        + CpuLoad.QUIET_CORES + " first, and is run again (" + ATTEMPTS + " tries, least disturbed kept) above "
        + DISTURBED_CORES + ".");
    for (String name : List.of("cat", "grep", "rg", "jq")) {
      if (!opt.runs(name)) {
        continue;
      }
      String version = tool(name, BenchFormat.OKTA).version();
      if (version != null) {
        tools.add(name);
        out.println("> " + name + ": " + version);
      } else {
        out.println("> " + name + ": not installed, skipped"
            + (name.equals("rg") ? " (apt-get install ripgrep)" : name.equals("jq") ? " (apt-get install jq)" : ""));
      }
    }
    out.println();
  }

  private static ExternalTool tool(String name, BenchFormat f) {
    return switch (name) {
      case "cat" -> ExternalTool.cat();
      case "grep" -> ExternalTool.grep(f.needle());
      case "rg" -> ExternalTool.rg(f.needle());
      case "jq" -> ExternalTool.jq();
      default -> throw new IllegalArgumentException(name);
    };
  }

  /**
   * One untimed read of a smaller file of the same format right before the timed one. Right
   * before, not once at the start: reading another format in between makes the normaliser call
   * sites polymorphic, and the JIT's recompiling then would be timed (a first run measured at half
   * its later speed that way).
   */
  private void warmUp(BenchFormat f, Path file) {
    // A warm-up starved of CPU leaves the JIT's work to the timed run.
    CpuLoad.awaitQuiet(out);
    preRead(file);
    Result r = new BulkheadRun(opt.threads()).run(file, f, size(file));
    out.printf(Locale.ROOT, "> warm-up: %s %s read in %.2f s (%.0f MB/s)%n%n", f.wireName(), opt.warmup(),
        r.seconds(), r.mbPerSecond());
  }

  private void file(BenchFormat f, Size size) {
    Path file = ensure(f, size);
    Path warm = opt.runs("bulkhead") ? ensure(f, opt.warmup()) : null;
    long bytes = size(file);
    out.printf(Locale.ROOT, "## %s, %s: %s (%,d bytes)%n%n", f.wireName(), size, file, bytes);
    List<Result> results = new ArrayList<>();
    for (String name : tools) {
      results.add(measured(file, () -> tool(name, f).run(file)));
    }
    if (opt.runs("bulkhead")) {
      warmUp(f, warm);
      results.add(measured(file, () -> new BulkheadRun(opt.threads()).run(file, f, bytes)));
    }
    table(results);
    Result jq = find(results, "jq");
    Result bh = find(results, "bulkhead");
    if (bh != null) {
      summaries.add(new Summary(f, size, bh, jq));
    }
  }

  /**
   * Runs one timed measurement once the machine is quiet and the file is in the page cache, and
   * records how much CPU other processes took meanwhile. A run disturbed by more than {@link
   * #DISTURBED_CORES} (a build started beside it) is run again, up to {@link #ATTEMPTS} times in
   * all, and the least disturbed attempt is kept; its load is shown in the row. The file is read
   * again right before each run because the kernel may reclaim its pages while the benchmark waits.
   */
  private Result measured(Path file, Supplier<Result> run) {
    Result best = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      CpuLoad.awaitQuiet(out);
      preRead(file);
      CpuLoad.Snapshot a = CpuLoad.now();
      Result r = run.get();
      r = r.withOtherCores(CpuLoad.otherCores(a, CpuLoad.now()));
      if (best == null || r.otherCores() < best.otherCores()) {
        best = r;
      }
      if (!(r.otherCores() > DISTURBED_CORES)) {
        break;
      }
      out.printf(Locale.ROOT, "> %s disturbed (other processes used %.2f cores); attempt %d of %d%n%n",
          r.tool(), r.otherCores(), attempt, ATTEMPTS);
    }
    return best;
  }

  private void table(List<Result> results) {
    Result jq = find(results, "jq");
    Result grep = find(results, "grep");
    MarkdownTable t = new MarkdownTable("tool", "seconds", "MB/s", "x jq", "x grep", "lines/events",
        "events/s", "peak heap", "max after GC", "GCs", "other CPU");
    for (Result r : results) {
      HeapWatch.Peak h = r.heap();
      t.row(r.tool(), fmt("%.2f", r.seconds()), fmt("%.0f", r.mbPerSecond()), ratio(r, jq), ratio(r, grep),
          r.count() < 0 ? "-" : fmt("%,d", r.count()),
          h == null ? "-" : fmt("%,.0f", r.countPerSecond()),
          h == null ? "-" : fmt("%.0f", h.used() / MIB),
          h == null ? "-" : fmt("%.0f", h.liveAfterGc() / MIB),
          h == null ? "-" : Long.toString(h.collections()),
          other(r, null));
    }
    t.print(out);
    out.println();
  }

  private void summary() {
    if (summaries.isEmpty()) {
      return;
    }
    out.printf(Locale.ROOT, "## Bulkhead summary (goal: >= %.0fx jq, heap flat across sizes)%n%n", GOAL_VS_JQ);
    MarkdownTable t = new MarkdownTable("format", "size", "MB/s", "x jq", "goal", "peak heap", "max after GC",
        "other CPU");
    for (Summary s : summaries) {
      HeapWatch.Peak h = s.bulkhead().heap();
      String x = ratio(s.bulkhead(), s.jq());
      String goal = s.jq() == null ? "n/a"
          : s.bulkhead().mbPerSecond() / s.jq().mbPerSecond() >= GOAL_VS_JQ ? "met" : "NOT met";
      t.row(s.format().wireName(), s.size().label(), fmt("%.0f", s.bulkhead().mbPerSecond()), x, goal,
          fmt("%.0f", h.used() / MIB), fmt("%.0f", h.liveAfterGc() / MIB), other(s.bulkhead(), s.jq()));
    }
    t.print(out);
  }

  private Path ensure(BenchFormat f, Size size) {
    long t0 = System.nanoTime();
    boolean existed = Files.exists(Generator.path(opt.dir(), f, size));
    Path file = Generator.cached(opt.dir(), f, size);
    if (!existed) {
      double secs = (System.nanoTime() - t0) / 1e9;
      out.printf(Locale.ROOT, "> generated %s in %.1f s (%.0f MB/s)%n%n", file, secs, size(file) / 1e6 / secs);
    }
    return file;
  }

  /** Reads the file once, untimed, so that every tool meets it in the page cache. */
  private static void preRead(Path file) {
    byte[] buf = new byte[1 << 20];
    try (InputStream in = Files.newInputStream(file)) {
      while (in.read(buf) >= 0) {
        // Only the page cache matters.
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Result find(List<Result> results, String prefix) {
    return results.stream().filter(r -> r.tool().startsWith(prefix)).findFirst().orElse(null);
  }

  /** The larger other-process load of two rows a ratio depends on. */
  private static String other(Result a, Result b) {
    double x = b == null ? a.otherCores() : Math.max(a.otherCores(), b.otherCores());
    return Double.isNaN(x) ? "n/a" : fmt("%.2f", x);
  }

  private static String ratio(Result r, Result base) {
    return base == null ? "n/a" : fmt("%.2f", r.mbPerSecond() / base.mbPerSecond());
  }

  private static String fmt(String pattern, Object v) {
    return String.format(Locale.ROOT, pattern, v);
  }
}
