package io.bulkhead.scenario;

import io.bulkhead.event.Origin;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * One source group's day: its sinks, its queue of pending events, and what it saw. Sessions are
 * expanded in start order; before each, every queued event earlier than its start is written.
 * Memory therefore holds only the events of sessions still in progress, whatever the scale.
 * Events after midnight are dropped: a session that runs past the end of the day is cut there.
 */
final class DayRun {
  final Org org;
  final Path root;
  final int day;
  final long start;
  final long end;
  final Rng rng;
  final DaySource source;
  private final PriorityQueue<Ev> queue = new PriorityQueue<>();
  private final Map<String, Sink> sinks = new LinkedHashMap<>();
  private final List<Ev> planted;
  private final List<Sink> closed = new ArrayList<>();
  final Map<String, Usage> usage = new LinkedHashMap<>();
  private long seq;
  private final Buf scratch = new Buf();

  DayRun(Org org, Path root, int day, DaySource source, List<Ev> planted) {
    this.org = org;
    this.root = root;
    this.day = day;
    this.start = Org.dayStart(day);
    this.end = start + TimeText.DAY;
    this.source = source;
    this.rng = Rng.of(org.seed, source.group(), day);
    this.planted = planted;
  }

  /** A buffer for one record, reused: render, write, then render the next. */
  Buf buf() {
    scratch.clear();
    return scratch;
  }

  void sink(String key, Sink s) {
    sinks.put(key, s);
  }

  Sink sink(String key) {
    Sink s = sinks.get(key);
    if (s == null) {
      throw new IllegalStateException(source.group() + " has no sink " + key);
    }
    return s;
  }

  void push(Ev e) {
    e.seq = seq++;
    queue.add(e);
  }

  /** Records that a watched credential was used at {@code t}, shown by the line at {@code o}. */
  void used(String credentialId, long t, Origin o) {
    usage.computeIfAbsent(credentialId, k -> new Usage()).add(t, o);
  }

  void run() throws IOException {
    source.open(this);
    for (Ev e : planted) {
      push(e);
    }
    List<Session> sessions = new ArrayList<>();
    source.sessions(this, sessions);
    Collections.sort(sessions);
    for (Session s : sessions) {
      if (s.start() >= end) {
        break;
      }
      drainBefore(s.start());
      if (s.start() >= start) {
        s.body().expand(this, s.start(), new Rng(s.seed()));
      }
    }
    drainBefore(end);
    source.close(this);
  }

  private void drainBefore(long t) throws IOException {
    while (!queue.isEmpty() && queue.peek().t < t) {
      Ev e = queue.poll();
      if (e.t >= start && e.t < end) {
        e.emit(this);
      } else if (e.planted()) {
        throw new IllegalStateException("an intrusion record at " + TimeText.isoMillis(e.t)
            + " falls outside its day " + TimeText.isoDate(start));
      }
    }
  }

  void closeSinks() throws IOException {
    for (Sink s : sinks.values()) {
      s.close();
      closed.add(s);
    }
  }

  List<Sink> sinks() {
    return List.copyOf(closed);
  }
}
