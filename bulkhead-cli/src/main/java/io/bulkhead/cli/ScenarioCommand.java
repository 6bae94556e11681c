package io.bulkhead.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bulkhead scenario}: the synthetic organisation and incident, and scoring against its key. */
@Command(
    name = "scenario",
    description = "Generate the Thanksgiving-2023 scenario with its answer key, or score findings against a key.",
    subcommands = {ScenarioGenerateCommand.class, ScenarioScoreCommand.class})
final class ScenarioCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
