package io.bulkhead.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The addresses one credential was used from, each with its earliest use, bounded: beyond the
 * cap the address first seen latest is dropped, so the earliest addresses (the baseline) are
 * the ones kept. {@link #evictedFrom} remembers the earliest first-use among dropped addresses:
 * if it falls inside the baseline, the baseline itself did not fit, and the credential cannot be
 * judged (it is reported as saturated, never alerted on).
 */
final class AddressHistory {
  final String key;
  final String type;
  private final Map<String, Sighting> byIp = new HashMap<>();
  private final TreeSet<Sighting> byFirst = new TreeSet<>(Sighting.BY_FIRST);
  /** Earliest first-use of an address dropped by the cap, or null. */
  Instant evictedFrom;
  /** The credential was forgotten once and came back: its history is incomplete. */
  boolean incomplete;
  int alerts;
  /** Already counted as saturated or incomplete in the statistics. */
  boolean counted;

  AddressHistory(String key, String type) {
    this.key = key;
    this.type = type;
  }

  /**
   * Records one use; returns the change in the number of sightings kept (1 for a new address,
   * 0 otherwise, including when the cap dropped one), and counts a drop in {@code evicted}.
   */
  int see(CredentialUse u, int cap, long[] evicted) {
    Sighting s = byIp.get(u.ip());
    if (s != null) {
      s.uses++;
      if (s.asn == null && u.asn() != null) {
        s.asn = u.asn();
      }
      if (s.isLaterThan(u)) {
        byFirst.remove(s);
        s.takeEarliest(u);
        byFirst.add(s);
      }
      return 0;
    }
    s = new Sighting(u);
    byIp.put(s.ip, s);
    byFirst.add(s);
    if (byIp.size() <= cap) {
      return 1;
    }
    Sighting last = byFirst.pollLast();
    byIp.remove(last.ip);
    evicted[0]++;
    if (evictedFrom == null || last.first.isBefore(evictedFrom)) {
      evictedFrom = last.first;
    }
    return 0;
  }

  int size() {
    return byIp.size();
  }

  /** Sightings, earliest first. */
  List<Sighting> sightings() {
    return new ArrayList<>(byFirst);
  }
}
