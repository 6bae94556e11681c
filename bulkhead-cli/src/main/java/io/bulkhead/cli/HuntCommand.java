package io.bulkhead.cli;

import io.bulkhead.event.Event;
import io.bulkhead.analytics.AlertSink;
import io.bulkhead.analytics.Analytics;
import io.bulkhead.sigma.Detector;
import io.bulkhead.sigma.DetectorOptions;
import io.bulkhead.sigma.Match;
import io.bulkhead.sigma.MatchSink;
import io.bulkhead.sigma.RuleSet;
import io.bulkhead.source.StagedSink;
import io.bulkhead.source.ReadSummary;
import io.bulkhead.source.Reject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bulkhead hunt}: Sigma rules, filters and correlations over logs. */
@Command(
    name = "hunt",
    description = {
      "Run Sigma rules (detections, meta filters, correlations) over logs. Each rule runs on the",
      "logs its logsource names (okta, aws/cloudtrail, github/audit, bitbucket/audit, webserver,",
      "azure, gcp, m365, ...); field paths are read on the raw vendor documents. A summary of rules",
      "loaded, not loaded (and why), not applicable to the inputs, and matches goes to standard error."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  bulkhead hunt --rules rules/ logs/",
      "  bulkhead hunt --rules sigma/rules/cloud --level high+ --format jsonl cloudtrail/ > matches.jsonl",
      "  bulkhead hunt --rules okta.yml --tags 'attack.t1078*' --fail-on-findings okta.json"
    })
final class HuntCommand implements Callable<Integer> {
  enum Format { table, jsonl, csv }

  @Spec CommandSpec spec;
  @Mixin ReadOptions read;
  @Mixin Output output;
  @Mixin SigmaRuleOptions rules;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FMT",
      description = "table, jsonl or csv. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--level", paramLabel = "L",
      description = "Report only rules of level L (informational, low, medium, high, critical); L+ for L or above. Repeatable.")
  List<String> levels = new ArrayList<>();

  @Option(names = "--status", paramLabel = "S", description = "Report only rules of status S. Repeatable.")
  List<String> statuses = new ArrayList<>();

  @Option(names = "--tags", paramLabel = "T", description = "Report only rules with tag T ('*' wildcards allowed). Repeatable.")
  List<String> tags = new ArrayList<>();

  @Option(names = "--fail-on-findings", description = "Exit 1 when anything matched.")
  boolean failOnFindings;

  @Option(names = "--lateness", paramLabel = "DURATION",
      description = "How far out of time order events may arrive and still correlate (e.g. 10m). Default: all input,"
          + " bounded by --max-buffered.")
  String lateness;

  @Option(names = "--max-groups", paramLabel = "N", defaultValue = "100000",
      description = "Most groups one correlation keeps; beyond, the least active is evicted (and reported). Default: ${DEFAULT-VALUE}.")
  int maxGroups;

  @Option(names = "--max-buffered", paramLabel = "N", defaultValue = "1000000",
      description = "Most correlation inputs held for out-of-order events. Default: ${DEFAULT-VALUE}.")
  int maxBuffered;

  @Option(names = "--no-analytics",
      description = "Do not run the built-in analytics (credential used from a new address, beaconing).")
  boolean noAnalytics;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders (recursive), .gz, or - for stdin.")
  List<String> inputs;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    var reader = read.reader();
    DetectorOptions options = options();
    RuleSet rs = rules.load();
    HuntSummary.rules(err, rs);
    if (rs.detections().isEmpty() && rs.correlations().isEmpty()) {
      rs.diagnostics().stream().filter(d -> d.isError() && d.code().equals("io"))
          .forEach(d -> err.println("  " + Terminal.safe(d.toString())));
      throw new UsageException("no rule could be loaded from " + rules.rules);
    }
    Detector detector = Detector.of(rs, options);
    Analytics.Run analytics = noAnalytics ? Analytics.of(List.of()).start() : Analytics.defaults().start();
    Map<String, Long> alerts = new TreeMap<>();
    long[] matches = {0};
    try (Writer w = output.open(spec.commandLine().getOut());
        RejectReport rejects = new RejectReport(err, read.rejects)) {
      HuntWriter hw = switch (format) {
        case jsonl -> new HuntJsonlWriter(w);
        case csv -> new HuntCsvWriter(w);
        case table -> new HuntTableWriter(w);
      };
      MatchSink sink = m -> {
        matches[0]++;
        write(hw, m);
      };
      // Analytics report like rules: the same --level/--status/--tags selection applies.
      AlertSink alertSink = a -> {
        Match m = a.toMatch();
        if (options.report().test(m.rule())) {
          alerts.merge(m.rule().title(), 1L, Long::sum);
          sink.match(m);
        }
      };
      // Detection rules are pure: each reader worker evaluates them in its own lane, in parallel;
      // correlations, analytics and output then run here, in input order.
      ThreadLocal<Detector.Lane> lanes = ThreadLocal.withInitial(detector::lane);
      ReadSummary s = reader.read(inputs, new StagedSink<Detector.Evaluation>() {
        @Override
        public Detector.Evaluation prepare(Event e) {
          return lanes.get().evaluate(e);
        }

        @Override
        public void event(Event e, Detector.Evaluation ev) {
          detector.accept(e, ev, sink);
          analytics.accept(e, alertSink);
        }

        @Override
        public void reject(Reject r) {
          rejects.add(r);
        }

        @Override
        public void caughtUp() {
          flushQuietly(hw); // a live pipe: show what matched so far
        }
      });
      detector.finish(sink);
      analytics.finish(alertSink);
      hw.finish();
      HuntSummary.run(err, detector);
      HuntSummary.analytics(err, alerts, noAnalytics);
      rejects.summary(s);
      if (DumpCommand.nothingRead(s)) {
        return Main.EXIT_USAGE;
      }
    }
    return failOnFindings && matches[0] > 0 ? Main.EXIT_FINDINGS : 0;
  }

  private static void flushQuietly(HuntWriter hw) {
    try {
      hw.flush();
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }

  private static void write(HuntWriter hw, Match m) {
    try {
      hw.write(m);
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }

  private DetectorOptions options() {
    try {
      return DetectorOptions.defaults()
          .withReport(HuntSelection.of(levels, statuses, tags))
          .withLateness(lateness == null ? null : duration(lateness))
          .withMaxGroups(maxGroups)
          .withMaxBuffered(maxBuffered);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** {@code 90s}, {@code 10m}, {@code 2h}, {@code 1d}, or ISO-8601 ({@code PT10M}). */
  static Duration duration(String v) {
    String s = v.strip().toLowerCase(Locale.ROOT);
    try {
      if (s.startsWith("p")) {
        return Duration.parse(s.toUpperCase(Locale.ROOT));
      }
      if (s.length() >= 2 && s.substring(0, s.length() - 1).chars().allMatch(Character::isDigit)) {
        long n = Long.parseLong(s.substring(0, s.length() - 1));
        switch (s.charAt(s.length() - 1)) {
          case 's': return Duration.ofSeconds(n);
          case 'm': return Duration.ofMinutes(n);
          case 'h': return Duration.ofHours(n);
          case 'd': return Duration.ofDays(n);
          default: break;
        }
      }
    } catch (DateTimeParseException | NumberFormatException | ArithmeticException e) {
      // reported below
    }
    throw new UsageException("--lateness: cannot read duration '" + v + "' (use e.g. 30s, 10m, 2h, 1d)");
  }
}
