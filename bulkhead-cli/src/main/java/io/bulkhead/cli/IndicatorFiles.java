package io.bulkhead.cli;

import io.bulkhead.ioc.Indicator;
import io.bulkhead.ioc.IndicatorFile;
import io.bulkhead.ioc.IndicatorList;
import io.bulkhead.ioc.IndicatorProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * The {@code --iocs} option of the indicator verbs: reads the files, prints what they held and
 * every problem, and merges them.
 */
final class IndicatorFiles {
  @Option(names = "--iocs", paramLabel = "FILE", required = true,
      description = "An indicator file (text, CSV, Markdown table, STIX 2.1, MISP, Loki). Repeatable.")
  List<Path> files;

  /** The indicators of every file, merged; problems and counts go to {@code err}. */
  List<Indicator> load(PrintWriter err) {
    Map<String, Indicator> all = new LinkedHashMap<>();
    int problems = 0;
    for (Path f : files) {
      IndicatorList l;
      try {
        l = IndicatorFile.read(f);
      } catch (NoSuchFileException e) {
        throw new UsageException("--iocs: no such file: " + f);
      } catch (IOException e) {
        throw new UsageException("--iocs: cannot read " + f + ": " + e.getMessage());
      }
      for (IndicatorProblem p : l.problems()) {
        err.println("iocs: " + Terminal.safe(p.toString()));
      }
      problems += l.problems().size();
      for (Indicator i : l.indicators()) {
        all.putIfAbsent(i.type().wireName() + " " + i.value(), i);
      }
      err.println("iocs: " + Terminal.safe(f.toString()) + " (" + l.format() + "): " + l.indicators().size() + " indicators, "
          + l.problems().size() + " problems");
    }
    List<Indicator> out = new ArrayList<>(all.values());
    if (out.isEmpty()) {
      throw new UsageException("no indicator could be read from " + files);
    }
    err.println("iocs: " + out.size() + " indicators (" + byType(out) + ")" + (problems > 0 ? ", " + problems + " problems" : ""));
    return out;
  }

  private static String byType(List<Indicator> indicators) {
    Map<String, Integer> n = new LinkedHashMap<>();
    Set<String> order = new LinkedHashSet<>();
    for (Indicator i : indicators) {
      order.add(i.type().wireName());
      n.merge(i.type().wireName(), 1, Integer::sum);
    }
    List<String> parts = new ArrayList<>();
    for (String t : order) {
      parts.add(n.get(t) + " " + t);
    }
    return String.join(", ", parts);
  }
}
