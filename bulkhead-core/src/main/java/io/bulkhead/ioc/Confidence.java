package io.bulkhead.ioc;

import java.util.Locale;

/**
 * How much a hit says. {@code HIGH}: a field holds exactly the indicator (an address field equal
 * to the address, a host field under the domain). {@code MEDIUM}: the indicator was found inside a
 * longer value (a URL, a header, a message), or is a file name, which other files can share.
 * {@code LOW}: the indicator itself is on a warning list (private or reserved address space,
 * shared cloud and CDN domains), so a hit is likely benign.
 */
public enum Confidence {
  HIGH,
  MEDIUM,
  LOW;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
