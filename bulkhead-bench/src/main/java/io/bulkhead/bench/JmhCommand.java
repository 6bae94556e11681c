package io.bulkhead.bench;

import java.io.PrintStream;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * {@code bench jmh [JMH options]}: runs {@link JsonParseBench} (or what {@code JMH options} select)
 * with JMH's own runner and options, then adds what JMH cannot print: each result in MB/s and
 * microseconds per record, from the known size of the corpus one operation parses.
 */
final class JmhCommand {
  private JmhCommand() {}

  static void run(List<String> args, PrintStream out) throws RunnerException {
    CommandLineOptions cli;
    try {
      cli = new CommandLineOptions(args.toArray(String[]::new));
    } catch (CommandLineOptionException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    Options opts = cli.getIncludes().isEmpty()
        ? new OptionsBuilder().parent(cli).include(JsonParseBench.class.getSimpleName()).build()
        : cli;
    Collection<RunResult> results = new Runner(opts).run();
    summary(results, out);
  }

  private static void summary(Collection<RunResult> results, PrintStream out) {
    MarkdownTable t = new MarkdownTable("benchmark", "format", "ops/s", "± (99.9%)", "MB/s", "µs/record");
    for (RunResult r : results) {
      String bench = r.getParams().getBenchmark();
      String format = r.getParams().getParam("format");
      if (!bench.startsWith(JsonParseBench.class.getName()) || format == null) {
        continue;
      }
      Result<?> p = r.getPrimaryResult();
      NdjsonCorpus corpus = NdjsonCorpus.of(FieldSet.of(format).format());
      double opsPerSec = p.getScore();
      t.row(bench.substring(bench.lastIndexOf('.') + 1), format, fmt("%.1f", opsPerSec), fmt("%.1f", p.getScoreError()),
          fmt("%.0f", opsPerSec * corpus.data().length / 1e6), fmt("%.2f", 1e6 / (opsPerSec * corpus.lines())));
    }
    out.printf(Locale.ROOT, "%n## JsonParseBench in MB/s (one thread; one op = one 1 MiB frame of lines)%n%n");
    t.print(out);
  }

  private static String fmt(String pattern, double v) {
    return String.format(Locale.ROOT, pattern, v);
  }
}
