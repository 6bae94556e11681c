package io.bulkhead.analytics;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Textual IP addresses as bytes, and prefix comparisons, without ever resolving a name: a value
 * that is not an address literal is not an address. Pure functions.
 */
final class Networks {
  private Networks() {}

  /** The 4 or 16 bytes of an IPv4 or IPv6 literal (zone suffix ignored), or null. */
  static byte[] parse(String s) {
    if (s == null || s.isEmpty() || s.length() > 64) {
      return null;
    }
    if (s.indexOf(':') < 0) {
      return ipv4(s);
    }
    String v = s;
    int zone = v.indexOf('%');
    if (zone >= 0) {
      v = v.substring(0, zone);
    }
    if (v.startsWith("[") && v.endsWith("]")) {
      v = v.substring(1, v.length() - 1);
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      boolean ok = c == ':' || c == '.' || c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
      if (!ok) {
        return null;
      }
    }
    try {
      // A string of hex digits, colons and dots is taken as a literal: getByName does no lookup.
      byte[] b = InetAddress.getByName(v).getAddress();
      return b.length == 16 && isMappedIpv4(b) ? new byte[] {b[12], b[13], b[14], b[15]} : b;
    } catch (UnknownHostException | SecurityException e) {
      return null;
    }
  }

  private static byte[] ipv4(String s) {
    byte[] out = new byte[4];
    int part = 0;
    int value = -1;
    for (int i = 0; i <= s.length(); i++) {
      char c = i == s.length() ? '.' : s.charAt(i);
      if (c == '.') {
        if (value < 0 || part > 3) {
          return null;
        }
        out[part++] = (byte) value;
        value = -1;
      } else if (c >= '0' && c <= '9') {
        value = (value < 0 ? 0 : value * 10) + (c - '0');
        if (value > 255) {
          return null;
        }
      } else {
        return null;
      }
    }
    return part == 4 ? out : null;
  }

  private static boolean isMappedIpv4(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
  }

  /** Whether two addresses of the same family share their first {@code bits} bits. */
  static boolean samePrefix(byte[] a, byte[] b, int bits) {
    if (a == null || b == null || a.length != b.length || bits <= 0) {
      return false;
    }
    int n = Math.min(bits, a.length * 8);
    for (int i = 0; i < n; i++) {
      int mask = 0x80 >>> (i % 8);
      if ((a[i / 8] & mask) != (b[i / 8] & mask)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Private, shared, loopback, link-local and unique-local space: destinations there are the
   * organisation's own, not the internet an implant calls home to.
   */
  static boolean isInternal(byte[] a) {
    if (a == null) {
      return false;
    }
    if (a.length == 4) {
      int b0 = a[0] & 0xff;
      int b1 = a[1] & 0xff;
      return b0 == 10 || b0 == 127 || b0 == 172 && b1 >= 16 && b1 <= 31 || b0 == 192 && b1 == 168
          || b0 == 169 && b1 == 254 || b0 == 100 && b1 >= 64 && b1 <= 127;
    }
    int b0 = a[0] & 0xff;
    int b1 = a[1] & 0xff;
    boolean loopback = true;
    for (int i = 0; i < 15; i++) {
      loopback &= a[i] == 0;
    }
    return loopback && a[15] == 1 || (b0 & 0xfe) == 0xfc || b0 == 0xfe && (b1 & 0xc0) == 0x80;
  }
}
