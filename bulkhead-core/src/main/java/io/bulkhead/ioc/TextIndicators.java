package io.bulkhead.ioc;

import java.util.List;

/**
 * Plain text, one indicator a line, defanged or not, its type guessed; words after the indicator
 * describe it ({@code 193.142.58[.]126 primary threat-actor infrastructure}). A type the guess cannot
 * make is given as a prefix: {@code filename:jvm-agent}.
 */
final class TextIndicators {
  private static final String SEPARATORS = "#-–—:|,;";

  private TextIndicators() {}

  static void read(List<String> lines, IndicatorSink sink) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String real = Refang.refang(line);
      int space = firstSpace(real);
      String token = space < 0 ? real : real.substring(0, space);
      String rest = space < 0 ? "" : description(real.substring(space));
      sink.addGuessed(token, !real.equals(line), rest.isEmpty() ? null : rest, i + 1, 0);
    }
  }

  /** What follows the indicator, without the separator people put before a comment ("1.2.3.4 - C2"). */
  static String description(String rest) {
    int i = 0;
    while (i < rest.length() && (Character.isWhitespace(rest.charAt(i)) || SEPARATORS.indexOf(rest.charAt(i)) >= 0)) {
      i++;
    }
    return rest.substring(i).strip();
  }

  private static int firstSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
