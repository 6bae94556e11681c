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
 * What a sweep found, per indicator: the events it was found in (an event with the indicator in
 * two fields counts once), first and last time, the logsources (the {@code iocHits} of the
 * findings contract); and the indicators never seen.
 */
final class SweepSummary {
  private static final class Seen {
    long count;
    /** The last event counted: hits of one event arrive together. */
    Object lastEvent;
    Instant first;
    Instant last;
    final TreeSet<String> logsources = new TreeSet<>();
  }

  private final List<Indicator> indicators;
  private final Map<Indicator, Seen> seen = new IdentityHashMap<>();
  private long hits;
  private long events;
  private Object lastEvent;

  SweepSummary(List<Indicator> indicators) {
    this.indicators = indicators;
  }

  void add(Hit h) {
    hits++;
    if (lastEvent != h.event()) {
      lastEvent = h.event();
      events++;
    }
    Seen s = seen.computeIfAbsent(h.indicator(), k -> new Seen());
    if (s.lastEvent == h.event()) {
      return;
    }
    s.lastEvent = h.event();
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
    err.println("hits: " + hits + " in " + events + " events, of " + seen.size() + " indicators (events per indicator below)");
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
