package io.bulkhead.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bulkhead creds}: the credential ledger against the logs. */
@Command(
    name = "creds",
    description = "Audit the credential ledger against the logs: which credentials were used, which exposed ones still are.",
    subcommands = {CredsAuditCommand.class})
final class CredsCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
