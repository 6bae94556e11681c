package io.bulkhead.cli;

import io.bulkhead.sigma.Diagnostic;
import io.bulkhead.sigma.RuleSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bulkhead lint}: every problem of every Sigma rule, with file, line and column. */
@Command(
    name = "lint",
    description = {
      "Check Sigma rules (detections, correlations, filters) and print every problem as",
      "file:line:column: severity: message. Exits 2 when any rule has an error, 0 otherwise",
      "(warnings do not fail). The closing summary goes to standard error."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  bulkhead lint --rules rules/",
      "  bulkhead lint --rules my_rule.yml --placeholder Administrators=adm_*"
    })
final class LintCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SigmaRuleOptions rules;
  @Mixin Output output;

  @Override
  public Integer call() throws IOException {
    RuleSet rs = rules.load();
    long errors = 0;
    long warnings = 0;
    try (Writer w = output.open(spec.commandLine().getOut())) {
      for (Diagnostic d : rs.diagnostics()) {
        w.write(Terminal.safe(d.toString()));
        w.write('\n');
        if (d.isError()) {
          errors++;
        } else {
          warnings++;
        }
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println("lint: " + rs.loaded() + (rs.loaded() == 1 ? " rule" : " rules") + " loaded, " + rs.rejected().size() + " not loaded; "
        + errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings"));
    err.flush();
    return errors > 0 ? Main.EXIT_USAGE : 0;
  }
}
