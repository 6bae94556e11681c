package io.bulkhead.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code bulkhead VERB ...}. Exit codes follow the contract (0, 1, 2, 3). */
@Command(
    name = "bulkhead",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Incident-response workbench for identity-driven intrusions.",
    subcommands = {DumpCommand.class, HuntCommand.class, LintCommand.class, SweepCommand.class, IocsCommand.class, CredsCommand.class, ScenarioCommand.class, CommandLine.HelpCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {
      "  bulkhead dump examples/logs",
      "  bulkhead dump --format jsonl --from 2023-11-14T00:00:00Z logs/ > events.jsonl",
      "  zcat okta.json.gz | bulkhead dump --format-of -=okta -"
    })
public final class Main implements Runnable {
  /** Ran and found something, with --fail-on-findings. */
  public static final int EXIT_FINDINGS = 1;
  /** Bad usage, or input so bad the run could not go on. */
  public static final int EXIT_USAGE = 2;
  /** An internal error: a bug in Bulkhead. */
  public static final int EXIT_INTERNAL = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    // Explicit UTF-8: the platform default must not decide how log text is written.
    PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** The command line wired to the given streams; tests drive it without a process. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((ex, a) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println("bulkhead: " + ex.getMessage());
      c.getErr().println("Try 'bulkhead " + c.getCommandName() + " --help'.");
      c.getErr().flush();
      return EXIT_USAGE;
    });
    cl.setExecutionExceptionHandler((ex, c, parsed) -> {
      if (ex instanceof UsageException u) {
        c.getErr().println("bulkhead: " + u.getMessage());
        c.getErr().flush();
        return EXIT_USAGE;
      }
      c.getErr().println("bulkhead: internal error: " + ex);
      for (StackTraceElement el : ex.getStackTrace()) {
        c.getErr().println("    at " + el);
      }
      c.getErr().println("This is a bug in Bulkhead; please report it with the command you ran.");
      c.getErr().flush();
      return EXIT_INTERNAL;
    });
    return cl;
  }
}
