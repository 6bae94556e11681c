package io.bulkhead.cli;

import io.bulkhead.event.Event;
import io.bulkhead.event.Origin;
import io.bulkhead.sigma.Match;
import java.util.List;
import java.util.stream.Collectors;

/** The texts the table and CSV writers show for a match. */
final class HuntCells {
  private HuntCells() {}

  static String time(Match m) {
    return m.time() == null ? "-" : m.time().toString();
  }

  static String level(Match m) {
    return m.rule().level() == null ? "-" : m.rule().level().wireName();
  }

  /** {@code event} or the correlation type. */
  static String kind(Match m) {
    return switch (m) {
      case Match.CorrelationMatch c -> c.type().wireName();
      case Match.AnalyticMatch a -> "analytic";
      case Match.EventMatch e -> "event";
    };
  }

  /** For an event: its action and actor; for a correlation: its group and how many events. */
  static String what(Match m) {
    return switch (m) {
      case Match.EventMatch e -> action(e.event()) + actor(e.event());
      case Match.CorrelationMatch c -> (c.group().isEmpty() ? "" : group(c) + " ") + "(" + c.eventCount()
          + (c.eventCount() == 1 ? " event)" : " events)");
      case Match.AnalyticMatch a -> a.summary();
    };
  }

  /** An analytic's entities as {@code k=v;...}. */
  static String entities(Match.AnalyticMatch a) {
    return a.entities().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
  }

  static String group(Match.CorrelationMatch c) {
    return c.group().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
  }

  private static String action(Event e) {
    return e.action() == null ? e.logsource() : e.action();
  }

  private static String actor(Event e) {
    if (e.actor() == null) {
      return "";
    }
    String a = e.actor().name() != null ? e.actor().name() : e.actor().id();
    return a == null ? "" : " by " + a;
  }

  /** Where the event was read, or the correlation's events ({@code file:line[#record]}, ';'-separated). */
  static List<Origin> origins(Match m) {
    return switch (m) {
      case Match.EventMatch e -> List.of(e.event().source());
      case Match.CorrelationMatch c -> c.events();
      case Match.AnalyticMatch a -> List.of(a.origin());
    };
  }

  static String logsource(Match m) {
    return m instanceof Match.EventMatch e ? e.event().logsource() : "-";
  }
}
