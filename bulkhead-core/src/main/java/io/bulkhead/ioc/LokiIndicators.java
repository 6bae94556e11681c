package io.bulkhead.ioc;

import java.util.List;
import java.util.Locale;

/**
 * The simple IOC files of Loki and THOR (Neo23x0/signature-base {@code iocs/}), which Loki tells
 * apart by file name: {@code hash-iocs.txt} ({@code HASH;Description} or
 * {@code HASH;SCORE;Description}), {@code filename-iocs.txt} ({@code REGEX;SCORE[;FP-REGEX]}, the
 * regex applied to full paths) and {@code c2-iocs.txt} (one host or address a line). A hash file is
 * also recognised from a first line {@code HASH;...}. In all three, a {@code #} comment heading a
 * group of lines describes the lines under it that have no description of their own.
 */
final class LokiIndicators {
  static final String HASH = "loki-hash";
  static final String FILENAME = "loki-filename";
  static final String C2 = "loki-c2";

  private LokiIndicators() {}

  /** Which Loki file {@code name} with {@code lines} is, or null when it is none. */
  static String kind(String name, List<String> lines) {
    String base = baseName(name);
    if (base.contains("filename")) {
      return FILENAME;
    }
    String first = lines.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).findFirst().orElse("");
    int semi = first.indexOf(';');
    if (base.contains("hash") || semi > 0 && TypeGuess.byHexLength(first.substring(0, semi).strip()) != null) {
      return HASH;
    }
    return hasWord(base, "c2") ? C2 : null;
  }

  static void read(String kind, String name, List<String> lines, IndicatorSink sink) {
    if (kind.equals(HASH) && baseName(name).contains("falsepositive")) {
      // Loki's false-positive hash file lists known-good files: sweeping for them would be wrong.
      sink.problem(1, "a false-positive hash file lists known-good files, not indicators; nothing read from it");
      return;
    }
    String heading = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        heading = null;
      } else if (line.startsWith("#")) {
        String comment = line.substring(1).strip();
        heading = comment.isEmpty() ? heading : comment;
      } else {
        switch (kind) {
          case HASH -> hash(line, heading, i + 1, sink);
          case FILENAME -> fileName(line, heading, i + 1, sink);
          default -> c2(line, heading, i + 1, sink);
        }
      }
    }
  }

  private static void hash(String line, String heading, long lineNo, IndicatorSink sink) {
    String[] f = line.split(";", -1);
    String hash = f[0].strip();
    int from = f.length >= 3 && isInteger(f[1].strip()) ? 2 : 1;
    String description = from < f.length ? String.join(";", List.of(f).subList(from, f.length)).strip() : "";
    IndicatorType type = TypeGuess.byHexLength(hash);
    if (type == null) {
      sink.problem(lineNo, IndicatorSink.quote(hash) + " is not an MD5, SHA-1 or SHA-256 hash (32, 40 or 64 hex digits)");
      return;
    }
    sink.add(type, hash, description.isEmpty() ? heading : description, lineNo, 0);
  }

  private static void fileName(String line, String heading, long lineNo, IndicatorSink sink) {
    int semi = line.indexOf(';');
    String regex = semi < 0 ? line : line.substring(0, semi).strip();
    String name = literalFileName(regex);
    if (name == null) {
      sink.problem(lineNo, "regex file-name indicators are not supported: " + IndicatorSink.quote(regex));
      return;
    }
    sink.add(IndicatorType.FILENAME, name, heading, lineNo, 0);
  }

  private static void c2(String line, String heading, long lineNo, IndicatorSink sink) {
    int semi = line.indexOf(';');
    String raw = semi < 0 ? line : line.substring(0, semi);
    String description = semi < 0 ? "" : line.substring(semi + 1).strip();
    String real = Refang.refang(raw.strip());
    // A C2 list names hosts: "update.zip" there is a domain, whatever its ending.
    sink.addGuessed(real, true, description.isEmpty() ? heading : description, lineNo, 0);
  }

  /**
   * The file name a Loki regex matches when it is a plain literal: an optional leading path
   * separator ({@code \\} or {@code /}), then letters, digits and escaped punctuation, then an
   * optional {@code $}. {@code \\svcsstat\.exe} gives {@code svcsstat.exe}; anything with a regex
   * operator, an unescaped dot or a path gives null.
   */
  static String literalFileName(String regex) {
    String r = regex.startsWith("\\\\") ? regex.substring(2) : regex.startsWith("/") ? regex.substring(1) : regex;
    if (r.endsWith("$") && !r.endsWith("\\$")) {
      r = r.substring(0, r.length() - 1);
    }
    StringBuilder name = new StringBuilder(r.length());
    for (int i = 0; i < r.length(); i++) {
      char c = r.charAt(i);
      if (c == '\\') {
        char next = i + 1 < r.length() ? r.charAt(i + 1) : 'd';
        if (Character.isLetterOrDigit(next) || next == '\\') {
          return null; // a class such as \d or \w, or a path separator
        }
        name.append(next);
        i++;
      } else if (".^$*+?()[]{}|/".indexOf(c) >= 0) {
        return null;
      } else {
        name.append(c);
      }
    }
    return name.isEmpty() ? null : name.toString();
  }

  private static String baseName(String name) {
    int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return name.substring(cut + 1).toLowerCase(Locale.ROOT);
  }

  /** Whether {@code word} occurs in {@code s} between non-alphanumerics, as THOR's {@code \Wc2\W}. */
  private static boolean hasWord(String s, String word) {
    for (int at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + 1)) {
      int end = at + word.length();
      if ((at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1)))
          && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isInteger(String s) {
    return !s.isEmpty() && s.length() < 10 && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
