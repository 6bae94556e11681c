package io.bulkhead.source;

/** String helpers for messages and fields. */
final class Strings {
  private Strings() {}

  /** At most {@code max} characters of {@code s}, with an ellipsis when cut; control characters shown escaped. */
  static String clip(String s, int max) {
    StringBuilder b = new StringBuilder(Math.min(s.length(), max) + 3);
    for (int i = 0; i < s.length() && b.length() < max; i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        b.append(String.format(java.util.Locale.ROOT, "\\x%02x", (int) c));
      } else {
        b.append(c);
      }
    }
    if (b.length() >= max && s.length() > max) {
      b.append('…');
    }
    return b.toString();
  }

}
