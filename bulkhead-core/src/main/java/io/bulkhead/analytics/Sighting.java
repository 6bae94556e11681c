package io.bulkhead.analytics;

import io.bulkhead.event.Origin;
import java.time.Instant;
import java.util.Comparator;

/**
 * A credential seen at one address: the earliest use there (time and origin, whatever order the
 * uses arrived in) and what the log said about the address. Mutable; owned by one
 * {@link AddressHistory}.
 */
final class Sighting {
  /** Earliest first, then by address, so ties never depend on arrival order. */
  static final Comparator<Sighting> BY_FIRST = Comparator.comparing((Sighting s) -> s.first).thenComparing(s -> s.ip);

  /** Origins compared by file, line, record: the tie-break between uses at the same instant. */
  static final Comparator<Origin> ORIGIN = Comparator.comparing(Origin::file).thenComparingLong(Origin::line)
      .thenComparingInt(Origin::record);

  final String ip;
  Long asn;
  String country;
  Instant first;
  Origin origin;
  String principal;
  String logsource;
  long uses;
  /** Decided (alerted or found known) by a streaming decision; never decided twice. */
  boolean decided;

  Sighting(CredentialUse u) {
    this.ip = u.ip();
    this.asn = u.asn();
    this.country = u.country();
    this.first = u.time();
    this.origin = u.origin();
    this.principal = u.principal();
    this.logsource = u.logsource();
    this.uses = 1;
  }

  /** Whether {@code u} is earlier evidence than what is kept (earlier time, or same time and earlier origin). */
  boolean isLaterThan(CredentialUse u) {
    int c = u.time().compareTo(first);
    return c < 0 || c == 0 && ORIGIN.compare(u.origin(), origin) < 0;
  }

  void takeEarliest(CredentialUse u) {
    first = u.time();
    origin = u.origin();
    principal = u.principal();
    logsource = u.logsource();
    if (u.country() != null) {
      country = u.country();
    }
  }
}
