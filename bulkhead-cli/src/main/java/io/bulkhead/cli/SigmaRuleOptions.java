package io.bulkhead.cli;

import io.bulkhead.sigma.Logsources;
import io.bulkhead.sigma.RuleSet;
import io.bulkhead.sigma.SigmaLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options of the verbs that load Sigma rules: where the rules are, placeholder values, extra logsource routes. */
final class SigmaRuleOptions {
  @Option(names = "--rules", paramLabel = "PATH", required = true,
      description = "A Sigma rule file, or a folder of them (.yml/.yaml, recursive). Repeatable.")
  List<Path> rules = new ArrayList<>();

  @Option(names = "--placeholder", paramLabel = "NAME=VALUE",
      description = "A value for the placeholder %%NAME%% (rules using '|expand'). Repeatable; several values OR.")
  List<String> placeholders = new ArrayList<>();

  @Option(names = "--logsources", paramLabel = "FILE",
      description = "Extra logsource routes (the format of Bulkhead's logsources.yml; field files from fields/ beside it),"
          + " tried before the built-in ones. Repeatable; earlier first.")
  List<Path> logsources = new ArrayList<>();

  /** The rules, loaded and checked; problems are in the result, never thrown. */
  RuleSet load() {
    SigmaLoader.Builder b = SigmaLoader.builder();
    b.logsources(routes());
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (String p : placeholders) {
      int eq = p.indexOf('=');
      if (eq <= 0) {
        throw new UsageException("--placeholder: expected NAME=VALUE, got '" + p + "'");
      }
      String name = p.substring(0, eq);
      if (name.startsWith("%") && name.endsWith("%") && name.length() > 2) {
        name = name.substring(1, name.length() - 1);
      }
      values.computeIfAbsent(name, k -> new ArrayList<>()).add(p.substring(eq + 1));
    }
    values.forEach(b::placeholder);
    return b.build().load(rules);
  }

  private Logsources routes() {
    Logsources own = null;
    for (Path p : logsources) {
      Logsources l;
      try {
        l = Logsources.load(p);
      } catch (NoSuchFileException e) {
        throw new UsageException("--logsources: no such file: " + p);
      } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
        throw new UsageException("--logsources: " + p + ": " + e.getMessage());
      }
      own = own == null ? l : own.then(l);
    }
    return own == null ? Logsources.builtIn() : own.then(Logsources.builtIn());
  }
}
