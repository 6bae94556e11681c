package io.bulkhead.cli;

import io.bulkhead.sigma.CompiledRule;
import io.bulkhead.sigma.Detector;
import io.bulkhead.sigma.DetectorStats;
import io.bulkhead.sigma.RejectedRule;
import io.bulkhead.sigma.RuleInfo;
import io.bulkhead.sigma.RuleSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a hunt tells on standard error: rules loaded and not loaded (with why), rules that had no
 * log to run on, matches per rule, and what correlations had to leave out. The reader's closing
 * line follows it.
 */
final class HuntSummary {
  private HuntSummary() {}

  /** Before the run: what loaded and what did not, and why. */
  static void rules(PrintWriter err, RuleSet rs) {
    err.println("rules: " + rs.loaded() + " loaded (" + plural(rs.detections().size(), "detection") + ", "
        + plural(rs.correlations().size(), "correlation") + ", " + plural(rs.filters().size(), "filter") + "), "
        + rs.rejected().size() + " not loaded");
    for (RejectedRule r : rs.rejected()) {
      var d = r.reasons().get(0);
      err.println("  not loaded: " + Terminal.safe(d.file() + ":" + d.line() + ":" + d.column() + ": "
          + (r.unsupported() ? "unsupported: " : "") + d.message()
          + (r.reasons().size() > 1 ? " (and " + (r.reasons().size() - 1) + " more; see bulkhead lint)" : "")));
    }
  }

  /** After the run. */
  static void run(PrintWriter err, Detector d) {
    DetectorStats s = d.stats();
    Set<String> seen = d.formatsSeen();
    Map<String, Integer> noReader = new TreeMap<>();
    Map<String, Integer> notHere = new TreeMap<>();
    for (CompiledRule r : d.running()) {
      String ls = label(r.info().logsource());
      if (!r.routed()) {
        noReader.merge(ls, 1, Integer::sum);
      } else if (!r.runsOnEveryFormat() && r.formats().stream().noneMatch(seen::contains)) {
        notHere.merge(ls, 1, Integer::sum);
      }
    }
    if (!noReader.isEmpty()) {
      err.println("no reader: " + plural(total(noReader), "rule") + " for logs Bulkhead does not read: " + list(noReader));
    }
    if (!notHere.isEmpty()) {
      err.println("not applicable: " + plural(total(notHere), "rule") + " whose logs were not among the inputs: " + list(notHere));
    }
    long matches = s.matches().values().stream().mapToLong(Long::longValue).sum();
    err.println("matches: " + matches + (s.matches().isEmpty() ? "" : " from " + plural(s.matches().size(), "rule")));
    for (Map.Entry<RuleInfo, Long> m : s.matches().entrySet()) {
      RuleInfo r = m.getKey();
      err.println(String.format(Locale.ROOT, "  %6d  %-13s %s  [%s]", m.getValue(), r.level() == null ? "-" : r.level().wireName(),
          Terminal.safe(r.title()), Terminal.safe(Path.of(r.file()).getFileName() + ":" + r.line())));
    }
    if (s.events() > 0 && s.ruleChecks() > 0) {
      err.println(String.format(Locale.ROOT, "prefilter: %d of %d rule checks evaluated (%.1f%%)",
          s.evaluations(), s.ruleChecks(), 100.0 * s.evaluations() / s.ruleChecks()));
    }
    for (DetectorStats.Correlation c : s.correlations()) {
      StringBuilder b = new StringBuilder();
      note(b, c.withoutTime(), "without a time");
      note(b, c.withoutGroup(), "without a group-by field");
      note(b, c.withoutValue(), "without the aggregated field");
      note(b, c.late(), "later than the allowed lateness");
      if (c.evictedGroups() > 0) {
        b.append(b.isEmpty() ? "" : "; ").append(plural(c.evictedGroups(), "group")).append(" evicted at the bound (raise --max-groups)");
      }
      if (!b.isEmpty()) {
        err.println("correlation " + Terminal.safe(c.rule().title()) + ": " + b);
      }
    }
    if (s.forcedReleases() > 0) {
      err.println("correlations: " + s.forcedReleases() + " inputs processed before their lateness ran out (buffer full)");
    }
  }

  /** {@code okta/okta}, {@code webserver}, {@code azure/signinlogs}: the logsource's keys that are set. */
  private static String label(io.bulkhead.sigma.model.Logsource l) {
    return java.util.stream.Stream.of(l.category(), l.product(), l.service()).filter(java.util.Objects::nonNull)
        .collect(java.util.stream.Collectors.joining("/"));
  }

  /** Alerts of the built-in analytics, per analytic. */
  static void analytics(PrintWriter err, Map<String, Long> alerts, boolean off) {
    if (off) {
      err.println("analytics: not run (--no-analytics)");
      return;
    }
    long total = alerts.values().stream().mapToLong(Long::longValue).sum();
    err.println("analytics: " + total + " alerts");
    alerts.forEach((title, n) -> err.printf(java.util.Locale.ROOT, "  %6d  %s%n", n, title));
  }

  private static void note(StringBuilder b, long n, String what) {
    if (n > 0) {
      b.append(b.isEmpty() ? "" : "; ").append(n).append(n == 1 ? " input " : " inputs ").append(what).append(" left out");
    }
  }

  private static int total(Map<String, Integer> m) {
    return m.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static String list(Map<String, Integer> m) {
    StringBuilder b = new StringBuilder();
    m.forEach((k, v) -> b.append(b.isEmpty() ? "" : ", ").append(k).append(" (").append(v).append(')'));
    return b.toString();
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
