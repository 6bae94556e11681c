package io.bulkhead.cli;

import io.bulkhead.creds.CredentialAuditor;
import io.bulkhead.creds.Ledger;
import io.bulkhead.event.Event;
import io.bulkhead.findings.Findings;
import io.bulkhead.source.EventSink;
import io.bulkhead.source.ReadSummary;
import io.bulkhead.source.Reject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bulkhead creds audit}: one verdict per ledger credential, from the logs. */
@Command(
    name = "audit",
    description = {
      "Audit the credential ledger against the logs: for every credential, its uses (first, last,",
      "evidence), whether an exposure covers it and it was rotated after, and a verdict:",
      "exposed-unrotated-in-use, rotated-old-still-used, marked-unused-but-used, unknown (no use",
      "seen, but the logs that could show one do not cover the window), exposed-unrotated-unused, ok."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  bulkhead creds audit --credentials credentials.csv --exposures exposures.json logs/",
      "  bulkhead creds audit --credentials credentials.csv --format jsonl logs/ > audit.jsonl"
    })
final class CredsAuditCommand implements Callable<Integer> {
  enum Format { table, jsonl }

  @Spec CommandSpec spec;
  @Mixin ReadOptions read;
  @Mixin Output output;

  @Option(names = "--credentials", paramLabel = "FILE", required = true,
      description = "The credential ledger (CSV: id,kind,name,system,owner,privilege,identifiers,created,lastRotated,status,markedUnused).")
  Path credentials;

  @Option(names = "--exposures", paramLabel = "FILE", description = "Exposures (bulkhead.exposures/v1 JSON).")
  Path exposures;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FMT",
      description = "table or jsonl (one credentialAudit record a line, every credential). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--all", description = "With table, list ok credentials too (by default only the others).")
  boolean all;

  @Option(names = "--fail-on-findings", description = "Exit 1 when any credential's verdict is not ok.")
  boolean failOnFindings;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders (recursive), .gz, or - for stdin.")
  List<String> inputs;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    var reader = read.reader();
    Ledger ledger = ledger(err);
    CredentialAuditor auditor = CredentialAuditor.of(ledger);
    List<Findings.CredentialAudit> audit;
    try (Writer w = output.open(spec.commandLine().getOut());
        RejectReport rejects = new RejectReport(err, read.rejects)) {
      ReadSummary s = reader.read(inputs, new EventSink() {
        @Override
        public void event(Event e) {
          auditor.accept(e);
        }

        @Override
        public void reject(Reject r) {
          rejects.add(r);
        }
      });
      audit = auditor.finish();
      CredsWriter cw = format == Format.jsonl ? new CredsJsonlWriter(w) : new CredsTableWriter(w, all);
      cw.write(audit, ledger);
      summary(err, audit, auditor.coverage());
      rejects.summary(s);
      if (DumpCommand.nothingRead(s)) {
        return Main.EXIT_USAGE;
      }
    }
    boolean findings = audit.stream().anyMatch(a -> !a.verdict().equals("ok"));
    return failOnFindings && findings ? Main.EXIT_FINDINGS : 0;
  }

  private Ledger ledger(PrintWriter err) {
    Ledger l;
    try {
      l = Ledger.read(credentials, exposures);
    } catch (NoSuchFileException e) {
      throw new UsageException("no such file: " + e.getFile());
    } catch (IOException e) {
      throw new UsageException("cannot read the ledger: " + e.getMessage());
    }
    for (Reject p : l.problems()) {
      err.println("ledger: " + Terminal.safe(p.file() + ":" + p.line() + ": " + p.reason()));
    }
    if (l.credentials().isEmpty()) {
      throw new UsageException("no credential could be read from " + credentials);
    }
    long exposed = l.credentials().stream().filter(c -> l.exposures().stream().anyMatch(x -> x.covers(c))).count();
    err.println("ledger: " + l.credentials().size() + " credentials, " + l.exposures().size() + " exposures covering "
        + exposed + ", " + l.problems().size() + " problems");
    return l;
  }

  private static void summary(PrintWriter err, List<Findings.CredentialAudit> audit, List<Findings.Coverage> coverage) {
    Map<String, Integer> n = new TreeMap<>();
    audit.forEach(a -> n.merge(a.verdict(), 1, Integer::sum));
    err.println("verdicts: " + n);
    for (Findings.Coverage c : coverage) {
      err.println("coverage: " + c.logsource() + " " + c.from() + " .. " + c.to()
          + (c.gaps().isEmpty() ? "" : ", " + c.gaps().size() + " gap(s) from " + c.gaps().get(0).from()));
    }
  }
}
