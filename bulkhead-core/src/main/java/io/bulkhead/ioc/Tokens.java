package io.bulkhead.ioc;

import io.bulkhead.event.IpAddress;
import java.util.function.IntPredicate;

/** How strings are cut into candidate tokens; every scan is one pass over the string. */
final class Tokens {
  private Tokens() {}

  /** Receives the bounds {@code [from, to)} of one run. */
  interface RunSink {
    void run(int from, int to);
  }

  /** Every maximal run of characters satisfying {@code in}. */
  static void runs(String s, IntPredicate in, RunSink sink) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      while (i < n && !in.test(s.charAt(i))) {
        i++;
      }
      int from = i;
      while (i < n && in.test(s.charAt(i))) {
        i++;
      }
      if (i > from) {
        sink.run(from, i);
      }
    }
  }

  /** Characters of an IPv4 or IPv6 address as text. */
  static boolean addressChar(int c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == '.' || c == ':';
  }

  /** Characters of a host name (and of IDN's ASCII form). */
  static boolean hostChar(int c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_';
  }

  /** Characters of an e-mail address's local part, as logs write them. */
  static boolean localChar(char c) {
    return hostChar(c) || c == '%' || c == '+';
  }

  /** Characters of a file name: anything but path separators, white space, quotes and the like. */
  static boolean nameChar(int c) {
    return c > ' ' && "/\\\"'<>|,;=?&#()[]{}`*".indexOf(c) < 0;
  }

  /** Where a URL written in text ends. */
  static boolean urlEnd(char c) {
    return Character.isWhitespace(c) || "\"'<>`|\\{}^".indexOf(c) >= 0;
  }

  /** Whether the characters around {@code [from, to)} end a token: not letters, digits or '_'. */
  static boolean bounded(String s, int from, int to) {
    return (from == 0 || !wordChar(s.charAt(from - 1))) && (to == s.length() || !wordChar(s.charAt(to)));
  }

  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  /** Whether {@code s[from, to)} holds {@code a} or {@code b}. */
  static boolean contains(String s, int from, int to, char a, char b) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == a || c == b) {
        return true;
      }
    }
    return false;
  }

  static String trimDots(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && s.charAt(a) == '.') {
      a++;
    }
    while (b > a && s.charAt(b - 1) == '.') {
      b--;
    }
    return s.substring(a, b);
  }

  /** The network of {@code bits} leading bits (of the 128-bit form) that holds {@code a}. */
  static IpAddress network(IpAddress a, int bits) {
    long hi = a.hi();
    long lo = a.lo();
    if (bits < 128) {
      if (bits >= 64) {
        lo &= bits == 64 ? 0 : -1L << (128 - bits);
      } else {
        lo = 0;
        hi &= bits == 0 ? 0 : -1L << (64 - bits);
      }
    }
    return new IpAddress(hi, lo, a.v6());
  }
}
