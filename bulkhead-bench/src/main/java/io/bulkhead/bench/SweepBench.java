package io.bulkhead.bench;

import io.bulkhead.event.Event;
import io.bulkhead.event.Origin;
import io.bulkhead.ioc.Hit;
import io.bulkhead.ioc.Indicator;
import io.bulkhead.ioc.IndicatorMatcher;
import io.bulkhead.ioc.IndicatorType;
import io.bulkhead.source.LogReader;
import io.bulkhead.source.Reject;
import io.bulkhead.source.StagedSink;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The indicator sweep over the generated NDJSON corpora, next to {@code grep -F -f} and
 * {@code rg -F -f} looking for the same indicators' text on the same bytes. The indicators: the
 * incident's published four plus random addresses, networks, domains and hashes up to
 * {@code --indicators N} (default 1,000). Run: {@code java -cp bulkhead-bench.jar
 * io.bulkhead.bench.SweepBench [--dir D] [--size 1g] [--indicators N]}.
 */
public final class SweepBench {
  private SweepBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of("/tmp/bulkhead-bench");
    Size size = Size.parse("1g");
    int count = 1000;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--dir" -> dir = Path.of(args[++i]);
        case "--size" -> size = Size.parse(args[++i]);
        case "--indicators" -> count = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Files.createDirectories(dir);
    List<Indicator> iocs = indicators(count);
    Path patterns = dir.resolve("sweep-patterns-" + count + ".txt");
    Files.write(patterns, iocs.stream().map(Indicator::value).toList(), StandardCharsets.UTF_8);
    System.out.printf(Locale.ROOT, "> %,d indicators; patterns for grep/rg in %s%n", iocs.size(), patterns);
    IndicatorMatcher matcher = IndicatorMatcher.of(iocs);
    System.out.println("| file | tool | seconds | MB/s | events/s or lines | hits or matching lines | x grep | x rg |");
    System.out.println("|:--|:--|--:|--:|--:|--:|--:|--:|");
    for (BenchFormat f : List.of(BenchFormat.OKTA, BenchFormat.CLOUDTRAIL, BenchFormat.CLOUDFLARE_HTTP_REQUESTS)) {
      Path file = Generator.cached(dir, f, size);
      sweep(matcher, file); // warm-up
      long[] hits = new long[2];
      long t0 = System.nanoTime();
      sweepCounting(matcher, file, hits);
      double secs = (System.nanoTime() - t0) / 1e9;
      Result grep = new ExternalTool("grep -c -F -f", List.of("grep", "-c", "-F", "-f", patterns.toString()), true).run(file);
      ExternalTool rgTool = new ExternalTool("rg -c -F -f", List.of("rg", "-c", "-F", "-f", patterns.toString()), true);
      Result rg = rgTool.version() == null ? null : rgTool.run(file);
      long bytes = Files.size(file);
      double mbs = bytes / 1e6 / secs;
      System.out.printf(Locale.ROOT, "| %s | bulkhead sweep | %.2f | %.0f | %,.0f | %,d | %.2f | %s |%n", file.getFileName(), secs, mbs,
          hits[0] / secs, hits[1], mbs / (bytes / 1e6 / grep.seconds()), rg == null ? "-" : String.format(Locale.ROOT, "%.2f",
              mbs / (bytes / 1e6 / rg.seconds())));
      System.out.printf(Locale.ROOT, "| %s | grep -c -F -f | %.2f | %.0f | | %,d | | |%n", file.getFileName(), grep.seconds(),
          bytes / 1e6 / grep.seconds(), grep.count());
      if (rg != null) {
        System.out.printf(Locale.ROOT, "| %s | rg -c -F -f | %.2f | %.0f | | %,d | | |%n", file.getFileName(), rg.seconds(),
            bytes / 1e6 / rg.seconds(), rg.count());
      }
    }
  }

  private static void sweep(IndicatorMatcher m, Path file) {
    sweepCounting(m, file, new long[2]);
  }

  /** Reads and sweeps {@code file} as {@code bulkhead sweep} does; counts events and hits. */
  private static void sweepCounting(IndicatorMatcher m, Path file, long[] counts) {
    LogReader.builder().build().read(List.of(file.toString()), new StagedSink<List<Hit>>() {
      @Override
      public List<Hit> prepare(Event e) {
        return m.match(e);
      }

      @Override
      public void event(Event e, List<Hit> hits) {
        counts[0]++;
        counts[1] += hits.size();
      }

      @Override
      public void reject(Reject r) {}
    });
  }

  /** The incident's indicators, then random ones of every network kind, seeded. */
  static List<Indicator> indicators(int n) {
    Origin o = new Origin("bench", 1, 0);
    List<Indicator> out = new ArrayList<>();
    out.add(Indicator.of(IndicatorType.IPV4, "193.142.58.126", null, o));
    out.add(Indicator.of(IndicatorType.IPV4, "198.244.174.214", null, o));
    out.add(Indicator.of(IndicatorType.DOMAIN, "idowall.com", null, o));
    out.add(Indicator.of(IndicatorType.SHA256, "bdd1a085d651082ad567b03e5186d1d46d822bb7794157ab8cce95d850a3caaf", null, o));
    Random r = new Random(42);
    while (out.size() < n) {
      switch (out.size() % 4) {
        case 0 -> out.add(Indicator.of(IndicatorType.IPV4, (1 + r.nextInt(222)) + "." + r.nextInt(256) + "." + r.nextInt(256) + "."
            + r.nextInt(256), null, o));
        case 1 -> out.add(Indicator.of(IndicatorType.DOMAIN, hex(r, 10) + ".example", null, o));
        case 2 -> out.add(Indicator.of(IndicatorType.SHA256, hex(r, 64), null, o));
        default -> out.add(Indicator.of(IndicatorType.IPV4, (1 + r.nextInt(222)) + "." + r.nextInt(256) + "." + r.nextInt(256) + "."
            + r.nextInt(256), null, o));
      }
    }
    return out;
  }

  private static String hex(Random r, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(Character.forDigit(r.nextInt(16), 16));
    }
    return b.toString();
  }
}
