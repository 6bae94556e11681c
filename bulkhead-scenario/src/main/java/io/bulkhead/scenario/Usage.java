package io.bulkhead.scenario;

import io.bulkhead.event.Origin;

/**
 * Where a watched credential was seen: first and last use and the lines that show them. Merged
 * across days after generation, in day order, so the result does not depend on threads.
 */
final class Usage {
  long first = Long.MAX_VALUE;
  Origin firstAt;
  long last = Long.MIN_VALUE;
  Origin lastAt;
  long count;

  void add(long t, Origin o) {
    count++;
    if (t < first) {
      first = t;
      firstAt = o;
    }
    if (t >= last) {
      last = t;
      lastAt = o;
    }
  }

  void merge(Usage u) {
    count += u.count;
    if (u.first < first) {
      first = u.first;
      firstAt = u.firstAt;
    }
    if (u.last >= last) {
      last = u.last;
      lastAt = u.lastAt;
    }
  }
}
