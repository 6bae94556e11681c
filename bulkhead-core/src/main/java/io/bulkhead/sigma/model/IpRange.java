package io.bulkhead.sigma.model;

import io.bulkhead.event.IpAddress;
import java.util.Objects;

/**
 * An IPv4 or IPv6 network in CIDR notation. Addresses are parsed as text only (never looked up);
 * an IPv4-mapped IPv6 address ({@code ::ffff:10.1.2.3}) is treated as the IPv4 address.
 */
public final class IpRange {
  private final String text;
  private final boolean v6;
  private final long hi;
  private final long lo;
  private final int prefix;

  private IpRange(String text, boolean v6, long hi, long lo, int prefix) {
    this.text = text;
    this.v6 = v6;
    this.prefix = prefix;
    IpAddress net = new IpAddress(hi, lo, v6).network(v6 ? prefix : 96 + prefix);
    this.hi = net.hi();
    this.lo = net.lo();
  }

  /**
   * Parses {@code 10.0.0.0/8}, {@code 2001:db8::/32}, or a bare address (a /32 or /128).
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static IpRange parse(String cidr) {
    Objects.requireNonNull(cidr, "cidr");
    String s = cidr.strip();
    int slash = s.indexOf('/');
    String addr = slash < 0 ? s : s.substring(0, slash);
    IpAddress a = IpAddress.parse(addr);
    if (a == null) {
      throw new IllegalArgumentException("'" + cidr + "' is not an IPv4 or IPv6 network");
    }
    boolean v6 = a.v6();
    int max = v6 ? 128 : 32;
    int prefix = max;
    if (slash >= 0) {
      String p = s.substring(slash + 1);
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
        throw new IllegalArgumentException("'" + cidr + "' has no valid prefix length");
      }
      prefix = Integer.parseInt(p);
      if (prefix > max) {
        throw new IllegalArgumentException("'" + cidr + "': prefix length " + prefix + " exceeds " + max);
      }
    }
    return new IpRange(s, v6, a.hi(), a.lo(), prefix);
  }

  /** Whether {@code ip} (text, possibly with a zone {@code %eth0}) is inside this network. */
  public boolean contains(CharSequence ip) {
    IpAddress a = IpAddress.parse(ip.toString());
    return a != null && contains(a);
  }

  /** Whether {@code a} is inside this network. */
  public boolean contains(IpAddress a) {
    if (a.v6() != v6) {
      return false;
    }
    IpAddress m = a.network(v6 ? prefix : 96 + prefix);
    return m.hi() == hi && m.lo() == lo;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IpRange r && r.v6 == v6 && r.hi == hi && r.lo == lo && r.prefix == prefix;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(hi) * 31 + Long.hashCode(lo) * 7 + prefix;
  }

  /** The prefix length: up to 32 for IPv4, 128 for IPv6. */
  public int prefix() {
    return prefix;
  }

  public boolean isV6() {
    return v6;
  }

  @Override
  public String toString() {
    return text;
  }
}
