package io.bulkhead.cli;

import io.bulkhead.ioc.Indicator;
import io.bulkhead.ioc.IndicatorExport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bulkhead iocs export}: indicators merged, canonicalised and written for publication. */
@Command(
    name = "export",
    description = {
      "Read indicator files (any format sweep reads), merge and deduplicate them in canonical form,",
      "and write them for publication: a Markdown table or CSV (defanged), a STIX 2.1 bundle, or a",
      "MISP event. Ids are name-based: exporting again gives the same ids."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  bulkhead iocs export --iocs iocs.md --format stix -o iocs.stix.json",
      "  bulkhead iocs export --iocs iocs.txt --iocs feed.csv --format md"
    })
final class IocsExportCommand implements Callable<Integer> {
  enum Format { md, csv, stix, misp }

  @Spec CommandSpec spec;
  @Mixin Output output;

  @Mixin IndicatorFiles iocs;

  @Option(names = "--format", defaultValue = "md", paramLabel = "FMT",
      description = "md, csv, stix or misp. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--title", defaultValue = "Indicators of compromise", paramLabel = "T",
      description = "The Markdown heading and the MISP event's info. Default: ${DEFAULT-VALUE}.")
  String title;

  @Option(names = "--created", paramLabel = "TIME",
      description = "The time stamped on STIX objects and the MISP event (ISO-8601 UTC). Default: now.")
  String created;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Instant at = created();
    List<Indicator> indicators = iocs.load(err);
    try (Writer w = output.open(spec.commandLine().getOut())) {
      IndicatorExport.write(indicators, IndicatorExport.Format.of(format.name()), new IndicatorExport.Info(title, at), w);
    }
    err.println("iocs: " + indicators.size() + " indicators written as " + format);
    return 0;
  }

  private Instant created() {
    if (created == null) {
      return Instant.now();
    }
    try {
      return Instant.parse(created);
    } catch (DateTimeParseException e) {
      throw new UsageException("--created: expected an ISO-8601 UTC time such as 2023-11-24T12:00:00Z, got '" + created + "'");
    }
  }
}
