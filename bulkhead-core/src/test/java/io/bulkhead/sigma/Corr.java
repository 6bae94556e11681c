package io.bulkhead.sigma;

import io.bulkhead.event.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Helpers for correlation tests: a base rule on okta events, and events at minute offsets. */
final class Corr {
  static final Instant T0 = Instant.parse("2023-11-14T09:00:00Z");

  private Corr() {}

  /** A detection rule named {@code name} matching okta events whose {@code kind} is {@code kind}. */
  static String base(String name, String kind) {
    return "---\ntitle: " + name + "\nname: " + name + "\nlogsource: {product: okta}\ndetection:\n    sel:\n        kind: "
        + kind + "\n    condition: sel\n";
  }

  /** An okta event {@code minutes} after T0 (fractions allowed) with the given JSON fields (without braces). */
  static Event at(double minutes, String fields) {
    Instant t = T0.plusMillis(Math.round(minutes * 60_000));
    return Sigma.event("okta", t.toString(), 1 + (int) Math.round(minutes * 100), "{" + fields + "}");
  }

  static List<Match.CorrelationMatch> correlations(List<Match> ms) {
    List<Match.CorrelationMatch> out = new ArrayList<>();
    for (Match m : ms) {
      if (m instanceof Match.CorrelationMatch c) {
        out.add(c);
      }
    }
    return out;
  }
}
