package io.bulkhead.scenario;

import java.io.IOException;

/**
 * Something to write at a time: one or more records of the day's sinks. Events wait in the day's
 * queue until every session that could write earlier has been expanded, then are written in time
 * order. {@code seq} breaks ties in the order events were queued, which is deterministic.
 */
abstract class Ev implements Comparable<Ev> {
  long t;
  long seq;

  Ev(long t) {
    this.t = t;
  }

  abstract void emit(DayRun run) throws IOException;

  /** Whether this event belongs to the intrusion (its lines are never duplicated by shipping). */
  boolean planted() {
    return false;
  }

  @Override
  public final int compareTo(Ev o) {
    int c = Long.compare(t, o.t);
    return c != 0 ? c : Long.compare(seq, o.seq);
  }
}
