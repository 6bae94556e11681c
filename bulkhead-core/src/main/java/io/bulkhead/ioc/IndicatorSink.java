package io.bulkhead.ioc;

import io.bulkhead.event.IpAddress;
import io.bulkhead.event.Origin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the format readers put what they read: indicators, validated by {@link Indicator#of} and
 * kept once per (type, value), and problems. One sink per file; not thread-safe.
 */
final class IndicatorSink {
  private static final int SHOWN = 80;
  private static final int REASON = 400;

  private final String file;
  private final Map<Key, Indicator> indicators = new LinkedHashMap<>();
  private final List<IndicatorProblem> problems = new ArrayList<>();

  private record Key(IndicatorType type, String value) {}

  IndicatorSink(String file) {
    this.file = file;
  }

  /**
   * Adds {@code text} as a {@code type}; when it is not a valid one, records a problem saying why
   * instead. A second (type, value) is dropped, except that it lends its description to a first
   * that had none.
   *
   * @return the indicator, or null when {@code text} was not valid
   */
  Indicator add(IndicatorType type, String text, String description, long line, int record) {
    Indicator got;
    try {
      got = Indicator.of(type, text, description, new Origin(file, Math.max(1, line), Math.max(0, record)));
    } catch (IllegalArgumentException e) {
      problem(line, e.getMessage() == null ? "not a valid " + type.wireName() : e.getMessage());
      return null;
    }
    Key key = new Key(got.type(), got.value());
    Indicator first = indicators.get(key);
    if (first == null) {
      indicators.put(key, got);
      return got;
    }
    if (first.description() == null && got.description() != null) {
      indicators.put(key, new Indicator(first.type(), first.value(), got.description(), first.origin()));
    }
    return indicators.get(key);
  }

  /**
   * Adds a token whose type must be guessed: a type prefix ({@code filename:jvm-agent}), a host
   * with a port ({@code 1.2.3.4:443}, {@code [2001:db8::1]:443}: the port goes to the description)
   * and an IPv6 address in brackets are understood first.
   */
  Indicator addGuessed(String token, boolean preferDomain, String description, long line, int record) {
    String t = Refang.trimToken(token);
    int colon = t.indexOf(':');
    if (colon > 0 && !t.startsWith("//", colon + 1) && TypeGuess.isPrefixName(t.substring(0, colon))) {
      String value = t.substring(colon + 1).strip();
      return add(TypeGuess.named(t.substring(0, colon), value), value, description, line, record);
    }
    String port = null;
    int close = t.lastIndexOf(']');
    if (t.startsWith("[") && close > 0 && (close == t.length() - 1 || isPort(t, close + 1))) {
      port = close == t.length() - 1 ? null : t.substring(close + 2);
      t = t.substring(1, close);
    } else if (colon > 0 && colon == t.lastIndexOf(':') && isPort(t, colon)
        && (IpAddress.parse(t.substring(0, colon)) != null || TypeGuess.isDomain(t.substring(0, colon)))) {
      port = t.substring(colon + 1);
      t = t.substring(0, colon);
    }
    IndicatorType type = TypeGuess.guess(t, preferDomain);
    if (type == null) {
      problem(line, TypeGuess.unknownReason(t));
      return null;
    }
    String described = port == null ? description
        : description == null || description.isBlank() ? "port " + port : description.strip() + " (port " + port + ")";
    return add(type, t, described, line, record);
  }

  void problem(long line, String reason) {
    problems.add(new IndicatorProblem(file, Math.max(1, line), abbreviate(reason)));
  }

  /** The indicators in file order, the problems in line order. */
  IndicatorList result(String format) {
    List<IndicatorProblem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingLong(IndicatorProblem::line));
    return new IndicatorList(format, new ArrayList<>(indicators.values()), sorted);
  }

  /** {@code 'text'}, shortened in the middle when long, for messages. */
  static String quote(String text) {
    String t = text.length() <= SHOWN ? text : text.substring(0, SHOWN / 2) + "…" + text.substring(text.length() - 20);
    return "'" + t + "'";
  }

  /** The lines of {@code text}, split at {@code \n}, {@code \r\n} and {@code \r}; index i is line i + 1. */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < n) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  private static boolean isPort(String s, int colon) {
    int digits = s.length() - colon - 1;
    if (colon >= s.length() || s.charAt(colon) != ':' || digits < 1 || digits > 5) {
      return false;
    }
    for (int i = colon + 1; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  // Messages from Indicator.of quote the whole value; a hostile megabyte-long token should not
  // make a megabyte-long problem. The tail is kept because it holds the reason.
  private static String abbreviate(String reason) {
    return reason.length() <= REASON ? reason
        : reason.substring(0, REASON / 2) + " … " + reason.substring(reason.length() - REASON / 2 + 20);
  }
}
