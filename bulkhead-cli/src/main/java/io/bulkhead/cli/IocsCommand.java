package io.bulkhead.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bulkhead iocs}: indicator lists, normalised and written for publication. */
@Command(
    name = "iocs",
    description = "Normalise, deduplicate and publish indicators of compromise.",
    subcommands = {IocsExportCommand.class})
final class IocsCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
