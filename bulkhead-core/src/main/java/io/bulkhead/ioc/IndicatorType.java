package io.bulkhead.ioc;

import java.util.Locale;
import java.util.Optional;

/** What an indicator is, with the name the contracts and output use ({@code ipv4}, {@code sha256}). */
public enum IndicatorType {
  IPV4("ipv4"),
  IPV6("ipv6"),
  CIDR("cidr"),
  DOMAIN("domain"),
  URL("url"),
  MD5("md5"),
  SHA1("sha1"),
  SHA256("sha256"),
  FILENAME("filename"),
  EMAIL("email");

  private final String wireName;

  IndicatorType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** The type named {@code name} (any case), if any. */
  public static Optional<IndicatorType> ofWireName(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    for (IndicatorType t : values()) {
      if (t.wireName.equals(n)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
