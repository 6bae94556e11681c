package io.bulkhead.sigma.model;

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
    long[] masked = mask(hi, lo, v6 ? prefix : 96 + prefix);
    this.hi = masked[0];
    this.lo = masked[1];
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
    long[] a = address(addr);
    if (a == null) {
      throw new IllegalArgumentException("'" + cidr + "' is not an IPv4 or IPv6 network");
    }
    boolean v6 = a[2] == 1;
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
    return new IpRange(s, v6, a[0], a[1], prefix);
  }

  /** Whether {@code ip} (text, possibly with a zone {@code %eth0}) is inside this network. */
  public boolean contains(CharSequence ip) {
    long[] a = address(ip.toString());
    if (a == null || (a[2] == 1) != v6) {
      return false;
    }
    long[] m = mask(a[0], a[1], v6 ? prefix : 96 + prefix);
    return m[0] == hi && m[1] == lo;
  }

  private static long[] mask(long hi, long lo, int bits) {
    if (bits >= 128) {
      return new long[] {hi, lo};
    }
    if (bits >= 64) {
      long m = bits == 64 ? 0 : -1L << (128 - bits);
      return new long[] {hi, lo & m};
    }
    long m = bits == 0 ? 0 : -1L << (64 - bits);
    return new long[] {hi & m, 0};
  }

  /** {hi, lo, isV6}; IPv4 in the low 32 bits; null when not an address. */
  static long[] address(String s) {
    int pct = s.indexOf('%');
    if (pct >= 0) {
      s = s.substring(0, pct);
    }
    if (s.indexOf(':') < 0) {
      long v4 = v4(s);
      return v4 < 0 ? null : new long[] {0, v4, 0};
    }
    long[] v6 = v6(s);
    if (v6 == null) {
      return null;
    }
    if (v6[0] == 0 && (v6[1] >>> 32) == 0xffffL) {
      return new long[] {0, v6[1] & 0xffffffffL, 0}; // IPv4-mapped
    }
    return new long[] {v6[0], v6[1], 1};
  }

  private static long v4(String s) {
    long v = 0;
    int parts = 0;
    int i = 0;
    int n = s.length();
    while (i <= n && parts < 4) {
      int start = i;
      int octet = 0;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9' && i - start < 3) {
        octet = octet * 10 + (s.charAt(i) - '0');
        i++;
      }
      if (i == start || octet > 255 || (i - start > 1 && s.charAt(start) == '0')) {
        return -1;
      }
      v = (v << 8) | octet;
      parts++;
      if (parts < 4) {
        if (i >= n || s.charAt(i) != '.') {
          return -1;
        }
        i++;
      }
    }
    return parts == 4 && i == n ? v : -1;
  }

  private static long[] v6(String s) {
    int dbl = s.indexOf("::");
    if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) {
      return null;
    }
    String head = dbl < 0 ? s : s.substring(0, dbl);
    String tail = dbl < 0 ? "" : s.substring(dbl + 2);
    int[] h = groups(head);
    int[] t = groups(tail);
    if (h == null || t == null) {
      return null;
    }
    int total = h.length + t.length;
    if (dbl < 0 ? total != 8 : total > 7) {
      return null;
    }
    int[] all = new int[8];
    System.arraycopy(h, 0, all, 0, h.length);
    System.arraycopy(t, 0, all, 8 - t.length, t.length);
    long hi = 0;
    long lo = 0;
    for (int i = 0; i < 4; i++) {
      hi = (hi << 16) | all[i];
      lo = (lo << 16) | all[i + 4];
    }
    return new long[] {hi, lo};
  }

  /** Colon-separated hex groups; a trailing dotted IPv4 counts as two groups. */
  private static int[] groups(String s) {
    if (s.isEmpty()) {
      return new int[0];
    }
    String[] g = s.split(":", -1);
    int extra = g[g.length - 1].indexOf('.') >= 0 ? 1 : 0;
    int[] out = new int[g.length + extra];
    for (int i = 0; i < g.length; i++) {
      String x = g[i];
      if (i == g.length - 1 && extra == 1) {
        long v4 = v4(x);
        if (v4 < 0) {
          return null;
        }
        out[i] = (int) (v4 >>> 16);
        out[i + 1] = (int) (v4 & 0xffff);
        continue;
      }
      if (x.isEmpty() || x.length() > 4) {
        return null;
      }
      int v = 0;
      for (int k = 0; k < x.length(); k++) {
        int d = Character.digit(x.charAt(k), 16);
        if (d < 0) {
          return null;
        }
        v = v * 16 + d;
      }
      out[i] = v;
    }
    return out.length > 8 ? null : out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IpRange r && r.v6 == v6 && r.hi == hi && r.lo == lo && r.prefix == prefix;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(hi) * 31 + Long.hashCode(lo) * 7 + prefix;
  }

  @Override
  public String toString() {
    return text;
  }
}
