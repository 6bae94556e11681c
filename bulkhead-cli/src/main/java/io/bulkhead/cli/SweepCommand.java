package io.bulkhead.cli;

import io.bulkhead.event.Event;
import io.bulkhead.ioc.Confidence;
import io.bulkhead.ioc.Hit;
import io.bulkhead.ioc.Indicator;
import io.bulkhead.ioc.IndicatorMatcher;
import io.bulkhead.source.ReadSummary;
import io.bulkhead.source.Reject;
import io.bulkhead.source.StagedSink;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bulkhead sweep}: indicators of compromise over logs, field by field. */
@Command(
    name = "sweep",
    description = {
      "Look for indicators of compromise in logs. Indicators are read from plain text (defanged or",
      "not), CSV, Markdown tables, STIX 2.1 bundles, MISP events or Loki files; every string field of",
      "every event is searched for whole tokens of each kind (an address is not found inside a",
      "version number; a domain matches its subdomains; a network every address in it). A summary of",
      "indicators read, hits per indicator and indicators never seen goes to standard error."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  bulkhead sweep --iocs iocs.md logs/",
      "  bulkhead sweep --iocs feed.stix.json --min-confidence medium --format jsonl logs/ > hits.jsonl",
      "  tail -F access.log | bulkhead sweep --iocs c2-iocs.txt -"
    })
final class SweepCommand implements Callable<Integer> {
  enum Format { table, jsonl, csv }

  @Spec CommandSpec spec;
  @Mixin ReadOptions read;
  @Mixin Output output;

  @Mixin IndicatorFiles iocs;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FMT",
      description = "table, jsonl or csv. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--min-confidence", defaultValue = "low", paramLabel = "C",
      description = "Report hits of confidence C or above: high, medium or low. Default: ${DEFAULT-VALUE}.")
  String minConfidence;

  @Option(names = "--fail-on-findings", description = "Exit 1 when any indicator was found.")
  boolean failOnFindings;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders (recursive), .gz, or - for stdin.")
  List<String> inputs;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Confidence floor = confidence(minConfidence);
    var reader = read.reader();
    List<Indicator> indicators = iocs.load(err);
    IndicatorMatcher matcher = IndicatorMatcher.of(indicators);
    SweepSummary summary = new SweepSummary(indicators);
    try (Writer w = output.open(spec.commandLine().getOut());
        RejectReport rejects = new RejectReport(err, read.rejects)) {
      SweepWriter sw = switch (format) {
        case jsonl -> new SweepJsonlWriter(w);
        case csv -> new SweepCsvWriter(w);
        case table -> new SweepTableWriter(w);
      };
      // Matching is pure: the reader's workers run it in parallel; hits are written here, in order.
      ReadSummary s = reader.read(inputs, new StagedSink<List<Hit>>() {
        @Override
        public List<Hit> prepare(Event e) {
          return matcher.match(e);
        }

        @Override
        public void event(Event e, List<Hit> hits) {
          for (Hit h : hits) {
            if (h.confidence().compareTo(floor) <= 0) {
              summary.add(h);
              write(sw, h);
            }
          }
        }

        @Override
        public void reject(Reject r) {
          rejects.add(r);
        }

        @Override
        public void caughtUp() {
          try {
            sw.flush(); // a live pipe: show what was found so far
          } catch (IOException x) {
            throw new UncheckedIOException(x);
          }
        }
      });
      sw.finish();
      summary.print(err);
      rejects.summary(s);
      if (DumpCommand.nothingRead(s)) {
        return Main.EXIT_USAGE;
      }
    }
    return failOnFindings && summary.hits() > 0 ? Main.EXIT_FINDINGS : 0;
  }

  private static void write(SweepWriter sw, Hit h) {
    try {
      sw.write(h);
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }

  private static Confidence confidence(String s) {
    for (Confidence c : Confidence.values()) {
      if (c.wireName().equalsIgnoreCase(s.strip())) {
        return c;
      }
    }
    throw new UsageException("--min-confidence: expected high, medium or low, got '" + s + "'");
  }
}
