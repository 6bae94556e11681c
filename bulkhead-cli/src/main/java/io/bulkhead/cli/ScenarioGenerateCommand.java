package io.bulkhead.cli;

import io.bulkhead.scenario.Preset;
import io.bulkhead.scenario.ScenarioGenerator;
import io.bulkhead.scenario.ScenarioSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bulkhead scenario generate}: writes an organisation's month of logs with the intrusion
 * woven in, the inputs a team would have, a host report per system, and the answer key; then a
 * short summary (files, records per source, bytes, seconds).
 */
@Command(
    name = "generate",
    description = {
      "Write a synthetic organisation's November 2023 (logs in the vendors' formats, inventory,",
      "credential ledger, exposures, indicators, host reports) with the Thanksgiving-2023 intrusion",
      "woven in, and answer-key.json beside them. The same seed always gives the same bytes."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  bulkhead scenario generate --out /tmp/scenario",
      "  bulkhead scenario generate --out /tmp/big --scale 0.3 --seed 42",
      "  bulkhead scenario generate --out /tmp/quiet --no-attack"
    })
final class ScenarioGenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "A new or empty folder to write into.")
  Path out;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed of every random choice. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--scale", defaultValue = "0.01", paramLabel = "S",
      description = "Size relative to the incident's organisation (3,700 people, 4,893 hosts at 1). Default: ${DEFAULT-VALUE}.")
  double scale;

  @Option(names = "--preset", defaultValue = "thanksgiving-2023", paramLabel = "NAME",
      description = "The scenario: ${DEFAULT-VALUE} (the only one). Default: ${DEFAULT-VALUE}.")
  String preset;

  @Option(names = "--no-attack", description = "The same organisation and month, without the intrusion.")
  boolean noAttack;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: the number of cores. Output does not depend on it.")
  Integer threads;

  @Override
  public Integer call() {
    Preset p = Preset.byName(preset).orElseThrow(() ->
        new UsageException("--preset: unknown scenario '" + preset + "'; known: " + Preset.names()));
    ScenarioGenerator.Builder b = ScenarioGenerator.builder().seed(seed).preset(p).attack(!noAttack);
    try {
      b.scale(scale);
      if (threads != null) {
        b.threads(threads);
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException((e.getMessage().startsWith("scale") ? "--scale: " : "--threads: ") + e.getMessage());
    }
    ScenarioSummary s;
    try {
      s = b.build().generate(out);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--out: " + e.getMessage());
    } catch (IOException e) {
      throw new UsageException("--out: cannot write " + out + ": " + e.getMessage());
    }
    print(spec.commandLine().getOut(), s);
    return 0;
  }

  private static void print(PrintWriter w, ScenarioSummary s) {
    double seconds = s.elapsed().toMillis() / 1000.0;
    w.println(String.format(Locale.ROOT, "scenario %s, seed %d, scale %s%s: %s", s.preset(), s.seed(), trim(s.scale()),
        s.attack() ? "" : ", no attack", Terminal.safe(s.out().toString())));
    for (Map.Entry<String, Long> e : s.events().entrySet()) {
      w.println(String.format(Locale.ROOT, "  %-28s %,12d", e.getKey(), e.getValue()));
    }
    w.println(String.format(Locale.ROOT, "wrote %,d files, %,d events, %,d bytes in %.1f s (%,.0f events/min)",
        s.files(), s.totalEvents(), s.bytes(), seconds, s.eventsPerMinute()));
    w.flush();
  }

  private static String trim(double d) {
    String t = String.format(Locale.ROOT, "%.6f", d);
    return t.replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
