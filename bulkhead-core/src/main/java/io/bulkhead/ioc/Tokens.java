package io.bulkhead.ioc;

/**
 * How strings are cut into candidate tokens; every scan is one pass over the string, one table
 * lookup a character.
 */
final class Tokens {
  private Tokens() {}

  /** Receives the bounds {@code [from, to)} of one run. */
  interface RunSink {
    void run(int from, int to);
  }

  /** Characters of an IPv4 or IPv6 address as text: hex digits, '.' and ':'. */
  static final int ADDRESS = 1;
  /** Characters of a host name (and of IDN's ASCII form). */
  static final int HOST = 2;
  /** Letters and digits. */
  static final int WORD = 4;
  /** Characters of a file name: anything but path separators, white space, quotes and the like. */
  static final int NAME = 8;

  private static final byte[] CLASSES = new byte[128];

  static {
    for (int c = 0; c < 128; c++) {
      boolean digit = c >= '0' && c <= '9';
      boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
      boolean hex = digit || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
      int k = hex || c == '.' || c == ':' ? ADDRESS : 0;
      k |= letter || digit || c == '.' || c == '-' || c == '_' ? HOST : 0;
      k |= letter || digit ? WORD : 0;
      k |= c > ' ' && c != 127 && "/\\\"'<>|,;=?&#()[]{}`*".indexOf(c) < 0 ? NAME : 0;
      CLASSES[c] = (byte) k;
    }
  }

  /** Whether {@code c} is of class {@code kind}; beyond ASCII only words and names go on. */
  static boolean in(char c, int kind) {
    if (c < 128) {
      return (CLASSES[c] & kind) != 0;
    }
    return kind == NAME || kind == WORD && Character.isLetterOrDigit(c);
  }

  /** Every maximal run of characters of class {@code kind}. */
  static void runs(String s, int kind, RunSink sink) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      while (i < n && !in(s.charAt(i), kind)) {
        i++;
      }
      int from = i;
      while (i < n && in(s.charAt(i), kind)) {
        i++;
      }
      if (i > from) {
        sink.run(from, i);
      }
    }
  }

  static boolean hostChar(char c) {
    return in(c, HOST);
  }

  /** Characters of an e-mail address's local part, as logs write them. */
  static boolean localChar(char c) {
    return hostChar(c) || c == '%' || c == '+';
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
    return in(c, WORD) || c == '_';
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
}
