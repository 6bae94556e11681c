package io.bulkhead.bench;

import java.util.Locale;

/** A data size as given on the command line: {@code 512k}, {@code 64m}, {@code 1g} (powers of 1024). */
record Size(long bytes, String label) {

  static Size parse(String s) {
    String t = s.trim().toLowerCase(Locale.ROOT);
    if (t.isEmpty()) {
      throw new IllegalArgumentException("empty size");
    }
    char unit = t.charAt(t.length() - 1);
    int shift = switch (unit) {
      case 'k' -> 10;
      case 'm' -> 20;
      case 'g' -> 30;
      default -> 0;
    };
    String digits = shift == 0 ? t : t.substring(0, t.length() - 1);
    long n;
    try {
      n = Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a size: '" + s + "' (use e.g. 64m, 1g)");
    }
    if (n <= 0 || n > (Long.MAX_VALUE >> shift)) {
      throw new IllegalArgumentException("size out of range: '" + s + "'");
    }
    return new Size(n << shift, t);
  }

  @Override
  public String toString() {
    return label;
  }
}
