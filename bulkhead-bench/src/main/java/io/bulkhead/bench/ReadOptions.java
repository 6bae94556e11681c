package io.bulkhead.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Options of {@code bench read}.
 *
 * @param sizes file sizes to run, in order (default {@code 1g})
 * @param dir where generated files are cached
 * @param formats formats to run (default all)
 * @param threads Bulkhead's worker threads (default: available processors, as Bulkhead's own)
 * @param tools rows to run, of {@link #TOOLS}
 * @param warmup size of the file of the same format Bulkhead reads, untimed, before each timed read
 */
record ReadOptions(List<Size> sizes, Path dir, List<BenchFormat> formats, int threads, Set<String> tools, Size warmup) {
  static final List<String> TOOLS = List.of("cat", "grep", "rg", "jq", "bulkhead");

  static final String USAGE = """
      usage: bench read [--size 1g] [--size 4g] [--dir /tmp/bulkhead-bench]
                        [--formats okta,cloudtrail,cloudflare-http-requests] [--threads N]
                        [--tools cat,grep,rg,jq,bulkhead] [--warmup 256m]""";

  static ReadOptions parse(List<String> args) {
    List<Size> sizes = new ArrayList<>();
    Path dir = Path.of("/tmp/bulkhead-bench");
    List<BenchFormat> formats = List.of(BenchFormat.values());
    int threads = Runtime.getRuntime().availableProcessors();
    Set<String> tools = new LinkedHashSet<>(TOOLS);
    Size warmup = Size.parse("256m");
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      String v = i + 1 < args.size() ? args.get(i + 1) : null;
      if (v == null) {
        throw new IllegalArgumentException("missing value after " + a);
      }
      i++;
      switch (a) {
        case "--size" -> sizes.add(Size.parse(v));
        case "--dir" -> dir = Path.of(v);
        case "--formats" -> formats = Arrays.stream(v.split(",")).map(BenchFormat::byName).toList();
        case "--threads" -> threads = positive(a, v);
        case "--tools" -> tools = tools(v);
        case "--warmup" -> warmup = Size.parse(v);
        default -> throw new IllegalArgumentException("unknown option " + a);
      }
    }
    if (sizes.isEmpty()) {
      sizes.add(Size.parse("1g"));
    }
    return new ReadOptions(List.copyOf(sizes), dir, formats, threads, Set.copyOf(tools), warmup);
  }

  boolean runs(String tool) {
    return tools.contains(tool);
  }

  private static Set<String> tools(String v) {
    Set<String> out = new LinkedHashSet<>();
    for (String t : v.split(",")) {
      String n = t.trim().toLowerCase(Locale.ROOT);
      if (!TOOLS.contains(n)) {
        throw new IllegalArgumentException("unknown tool '" + t + "'; one of " + String.join(",", TOOLS));
      }
      out.add(n);
    }
    return out;
  }

  private static int positive(String option, String v) {
    try {
      int n = Integer.parseInt(v);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // Reported below with the option's name.
    }
    throw new IllegalArgumentException(option + " needs a positive number, got '" + v + "'");
  }
}
