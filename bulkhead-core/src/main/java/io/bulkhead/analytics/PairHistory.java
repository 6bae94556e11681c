package io.bulkhead.analytics;

import io.bulkhead.event.Origin;
import java.time.Instant;
import java.util.Arrays;

/**
 * The earliest connections of one (source, destination) pair, sorted by time whatever order
 * they arrived in, bounded: beyond the cap the latest is dropped, so the pair is judged on its
 * earliest connections. Mutable; owned by one {@link Beaconing} state.
 */
final class PairHistory {
  final String source;
  final String destination;
  String destinationIp;
  Integer port;
  String principal;
  String logsource;
  private long[] times = new long[8];
  private Origin[] origins = new Origin[8];
  private int size;
  /** Connections seen in all, kept or not. */
  long seen;
  boolean alerted;
  /** How many of the earliest connections the last judgement looked at. */
  int judged;

  PairHistory(Connection c) {
    this.source = c.source();
    this.destination = c.destination();
    this.destinationIp = c.destinationIp();
    this.port = c.port();
    this.principal = c.principal();
    this.logsource = c.logsource();
  }

  /** Adds a connection; returns the change in connections kept (1, or 0 when the cap dropped one). */
  int add(Connection c, int cap) {
    seen++;
    if (principal == null) {
      principal = c.principal();
    }
    long t = c.time().toEpochMilli();
    // Insertion point after equal times, then ordered by origin, so ties do not depend on arrival.
    int i = size;
    while (i > 0 && (times[i - 1] > t || times[i - 1] == t && Sighting.ORIGIN.compare(origins[i - 1], c.origin()) > 0)) {
      i--;
    }
    boolean full = size == cap;
    if (full) {
      if (i == size) {
        return 0;
      }
      size--;
    } else if (size == times.length) {
      times = Arrays.copyOf(times, Math.min(cap, size * 2));
      origins = Arrays.copyOf(origins, times.length);
    }
    if (i < judged) {
      judged = -1; // an earlier connection arrived late: what was judged has changed
    }
    System.arraycopy(times, i, times, i + 1, size - i);
    System.arraycopy(origins, i, origins, i + 1, size - i);
    times[i] = t;
    origins[i] = c.origin();
    size++;
    return full ? 0 : 1;
  }

  int size() {
    return size;
  }

  long time(int i) {
    return times[i];
  }

  Instant instant(int i) {
    return Instant.ofEpochMilli(times[i]);
  }

  Origin origin(int i) {
    return origins[i];
  }

  /** The number of kept connections no later than {@code upToMillis}. */
  int countUpTo(long upToMillis) {
    int n = 0;
    while (n < size && times[n] <= upToMillis) {
      n++;
    }
    return n;
  }
}
