package io.bulkhead.cli;

import io.bulkhead.ioc.Hit;
import io.bulkhead.ioc.Indicator;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a sweep found, per indicator: hits, first and last time, the logsources they were in (the
 * {@code iocHits} of the findings contract); and the indicators never seen.
 */
final class SweepSummary {
  private static final class Seen {
    long count;
    Instant first;
    Instant last;
    final TreeSet<String> logsources = new TreeSet<>();
  }

  private final List<Indicator> indicators;
  private final Map<Indicator, Seen> seen = new IdentityHashMap<>();
  private long hits;

  SweepSummary(List<Indicator> indicators) {
    this.indicators = indicators;
  }

  void add(Hit h) {
    hits++;
    Seen s = seen.computeIfAbsent(h.indicator(), k -> new Seen());
    s.count++;
    Instant t = h.event().time();
    if (t != null) {
      s.first = s.first == null || t.isBefore(s.first) ? t : s.first;
      s.last = s.last == null || t.isAfter(s.last) ? t : s.last;
    }
    s.logsources.add(h.event().logsource());
  }

  long hits() {
    return hits;
  }

  void print(PrintWriter err) {
    err.println("hits: " + hits + " of " + seen.size() + " indicators");
    List<Indicator> unseen = new ArrayList<>();
    for (Indicator i : indicators) {
      Seen s = seen.get(i);
      if (s == null) {
        unseen.add(i);
        continue;
      }
      err.printf("  %7d  %-8s %s  %s .. %s  %s%n", s.count, i.type().wireName(), Terminal.safe(i.value()),
          s.first == null ? "-" : s.first, s.last == null ? "-" : s.last, String.join(", ", s.logsources));
    }
    if (!unseen.isEmpty()) {
      List<String> names = new ArrayList<>();
      for (Indicator i : unseen) {
        names.add(i.type().wireName() + " " + Terminal.safe(i.value()));
      }
      err.println("not seen: " + unseen.size() + " indicators: " + String.join(", ", names));
    }
  }
}
