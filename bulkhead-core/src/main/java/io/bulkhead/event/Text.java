package io.bulkhead.event;

/** Small string helpers shared by the event records. */
final class Text {
  private Text() {}

  static String blankToNull(String s) {
    return s == null || s.isBlank() || s.equals("-") ? null : s;
  }
}
