package io.bulkhead.scenario;

import java.io.IOException;

/**
 * The start of a burst of activity (a person's visit to Jira, a CI job, an hour of polling) that
 * expands into events when the day reaches it. Its random stream is fixed when the day's sessions
 * are listed, so expansion order cannot change what it writes.
 */
record Session(long start, int order, long seed, Body body) implements Comparable<Session> {

  /** What the session does once it starts. */
  @FunctionalInterface
  interface Body {
    void expand(DayRun run, long start, Rng rng) throws IOException;
  }

  @Override
  public int compareTo(Session o) {
    int c = Long.compare(start, o.start);
    return c != 0 ? c : Integer.compare(order, o.order);
  }
}
