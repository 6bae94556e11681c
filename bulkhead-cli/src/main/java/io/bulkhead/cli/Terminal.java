package io.bulkhead.cli;

/**
 * Makes log-controlled text safe to print on a terminal: control characters (escape sequences an
 * attacker could plant in a user agent or URL) are shown as {@code \xNN}, never sent raw.
 */
final class Terminal {
  private Terminal() {}

  static String safe(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean control = c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0);
      if (control) {
        if (b == null) {
          b = new StringBuilder(s.length() + 8).append(s, 0, i);
        }
        b.append(String.format(java.util.Locale.ROOT, "\\x%02x", (int) c));
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  /** {@code s} made safe, cut to {@code width} with an ellipsis, padded to {@code width}. */
  /**
   * One table row: each cell cut or padded to its width (the last cell, beyond the widths, as it
   * is), control characters escaped, two spaces between cells.
   */
  static String row(String[] cells, int[] widths) {
    StringBuilder b = new StringBuilder(200);
    for (int i = 0; i < cells.length; i++) {
      if (i < widths.length) {
        b.append(cell(cells[i], widths[i])).append("  ");
      } else {
        b.append(safe(cells[i]));
      }
    }
    return b.append('\n').toString();
  }

  static String cell(String s, int width) {
    String t = safe(s);
    if (t.length() > width) {
      t = t.substring(0, width - 1) + "…";
    }
    StringBuilder b = new StringBuilder(width).append(t);
    while (b.length() < width) {
      b.append(' ');
    }
    return b.toString();
  }
}
