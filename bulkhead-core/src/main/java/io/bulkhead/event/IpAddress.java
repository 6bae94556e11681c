package io.bulkhead.event;

/**
 * An IPv4 or IPv6 address parsed from text only (never looked up): 128 bits in two longs, IPv4
 * in the low 32 bits of {@code lo}. An IPv4-mapped IPv6 address ({@code ::ffff:10.1.2.3}) is the
 * IPv4 address; a zone ({@code %eth0}) is dropped. IPv4 octets with leading zeros are refused,
 * since tools disagree on whether they are octal.
 */
public record IpAddress(long hi, long lo, boolean v6) {

  /** The address {@code s} spells, or null when it spells none. */
  public static IpAddress parse(String s) {
    int pct = s.indexOf('%');
    if (pct >= 0) {
      s = s.substring(0, pct);
    }
    if (s.indexOf(':') < 0) {
      long v4 = v4(s);
      return v4 < 0 ? null : new IpAddress(0, v4, false);
    }
    long[] v6 = v6(s);
    if (v6 == null) {
      return null;
    }
    if (v6[0] == 0 && (v6[1] >>> 32) == 0xffffL) {
      return new IpAddress(0, v6[1] & 0xffffffffL, false);
    }
    return new IpAddress(v6[0], v6[1], true);
  }

  /** Dotted decimal, or RFC 5952 text (lower case, the longest run of zero groups as {@code ::}). */
  public String canonical() {
    if (!v6) {
      return (lo >>> 24 & 0xff) + "." + (lo >>> 16 & 0xff) + "." + (lo >>> 8 & 0xff) + "." + (lo & 0xff);
    }
    int[] g = new int[8];
    for (int i = 0; i < 4; i++) {
      g[i] = (int) (hi >>> (48 - 16 * i) & 0xffff);
      g[i + 4] = (int) (lo >>> (48 - 16 * i) & 0xffff);
    }
    int bestStart = -1;
    int bestLen = 1;
    for (int i = 0; i < 8;) {
      int j = i;
      while (j < 8 && g[j] == 0) {
        j++;
      }
      if (j - i > bestLen) {
        bestStart = i;
        bestLen = j - i;
      }
      i = j == i ? i + 1 : j;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        b.append("::");
        i += bestLen - 1;
        continue;
      }
      if (b.length() > 0 && b.charAt(b.length() - 1) != ':') {
        b.append(':');
      }
      b.append(Integer.toHexString(g[i]));
    }
    return b.toString();
  }

  /**
   * The network of the first {@code bits} bits of the 128-bit form (an IPv4 address sits in the
   * last 32, so its /24 is {@code network(96 + 24)}) that holds this address.
   */
  public IpAddress network(int bits) {
    long h = hi;
    long l = lo;
    if (bits < 128) {
      if (bits >= 64) {
        l &= bits == 64 ? 0 : -1L << (128 - bits);
      } else {
        l = 0;
        h &= bits == 0 ? 0 : -1L << (64 - bits);
      }
    }
    return new IpAddress(h, l, v6);
  }

  @Override
  public String toString() {
    return canonical();
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
}
