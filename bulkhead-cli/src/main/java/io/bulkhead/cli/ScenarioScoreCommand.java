package io.bulkhead.cli;

import io.bulkhead.findings.Findings;
import io.bulkhead.findings.FindingsJson;
import io.bulkhead.scenario.score.Check;
import io.bulkhead.scenario.score.Scorer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bulkhead scenario score}: one line per check of a findings file against an answer key,
 * then {@code score: N passed, M failed}; exit 0 only when every check passes, 1 otherwise.
 */
@Command(
    name = "score",
    description = "Check a findings file against a scenario's answer key, check by check.",
    footerHeading = "%nExample:%n",
    footer = "  bulkhead scenario score --key out/answer-key.json --findings out/findings.json")
final class ScenarioScoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--key", required = true, paramLabel = "KEY", description = "The answer key (answer-key.json).")
  Path key;

  @Option(names = "--findings", required = true, paramLabel = "FINDINGS", description = "The findings to score (findings.json).")
  Path findings;

  @Override
  public Integer call() {
    FindingsJson json = new FindingsJson();
    Findings k = read(json, key, "--key");
    Findings f = read(json, findings, "--findings");
    List<Check> checks = Scorer.score(k, f);
    PrintWriter out = spec.commandLine().getOut();
    long failed = checks.stream().filter(c -> !c.passed()).count();
    for (Check c : checks) {
      out.println(Terminal.safe(c.line()));
    }
    out.println("score: " + (checks.size() - failed) + " passed, " + failed + " failed");
    out.flush();
    return failed == 0 ? 0 : Main.EXIT_FINDINGS;
  }

  private static Findings read(FindingsJson json, Path p, String option) {
    try {
      return json.read(p);
    } catch (IOException e) {
      throw new UsageException(option + ": " + e.getMessage());
    }
  }
}
