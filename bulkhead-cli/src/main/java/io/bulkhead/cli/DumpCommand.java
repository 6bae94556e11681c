package io.bulkhead.cli;

import io.bulkhead.event.Event;
import io.bulkhead.source.EventSink;
import io.bulkhead.source.ReadSummary;
import io.bulkhead.source.Reject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bulkhead dump}: the normalised events of logs, as a table or JSON lines. */
@Command(
    name = "dump",
    description = {
      "Print the normalised events of logs: time, source, action, outcome, actor, credential,",
      "target, client, session, HTTP request and where each came from (file:line#record).",
      "Each file's format is recognised from its content; --format-of overrides it."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  bulkhead dump examples/logs",
      "  bulkhead dump --format jsonl --raw cloudtrail/ | jq 'select(.outcome==\"failure\")'",
      "  bulkhead dump --tz Europe/Berlin --format-of bb.log=bitbucket-access bb.log"
    })
final class DumpCommand implements Callable<Integer> {
  enum Format { table, jsonl }

  @Spec CommandSpec spec;
  @Mixin ReadOptions read;
  @Mixin Output output;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FMT",
      description = "table or jsonl. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--raw", description = "With jsonl, add each event's raw vendor document as \"raw\".")
  boolean raw;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders (recursive), .gz, or - for stdin.")
  List<String> inputs;

  @Override
  public Integer call() throws IOException {
    var reader = read.reader();
    try (Writer w = output.open(spec.commandLine().getOut());
        RejectReport rejects = new RejectReport(spec.commandLine().getErr(), read.rejects)) {
      DumpWriter dw = format == Format.jsonl ? new JsonlDumpWriter(w, raw) : new TableDumpWriter(w);
      ReadSummary s = reader.read(inputs, new EventSink() {
        @Override
        public void event(Event e) {
          try {
            dw.write(e);
          } catch (IOException x) {
            throw new UncheckedIOException(x);
          }
        }

        @Override
        public void reject(Reject r) {
          rejects.add(r);
        }

        @Override
        public void caughtUp() {
          try {
            dw.flush(); // a live pipe: show what was read so far
          } catch (IOException x) {
            throw new UncheckedIOException(x);
          }
        }
      });
      dw.finish();
      rejects.summary(s);
      return nothingRead(s) ? Main.EXIT_USAGE : 0;
    }
  }

  /** Every input failed as a whole: the run could not go on. */
  static boolean nothingRead(ReadSummary s) {
    return s.events() == 0 && !s.files().isEmpty()
        && s.files().stream().allMatch(f -> f.format() == null && f.rejects() > 0);
  }

}
