package io.bulkhead.ioc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Markdown tables whose header names an indicator column, such as the one incident write-ups
 * publish ({@code | indicator | type | SHA256 | description |}); prose around and between tables is
 * ignored. A column headed by a hash type (SHA256, SHA-1, MD5) adds the row's hash as an indicator
 * of its own, described by the row's description and, in parentheses, the row's indicator: the
 * write-up's way of saying "the file jvm-agent has this SHA-256".
 */
final class MarkdownIndicators {
  private static final Set<String> VALUE = Set.of("indicator", "indicators", "value", "ioc", "iocs",
      "indicator value", "observable");
  private static final Set<String> TYPE = Set.of("type", "indicator type", "ioc type", "kind");
  private static final Set<String> DESCRIPTION = Set.of("description", "comment", "comments", "notes", "context");
  private static final Set<String> ANY_HASH = Set.of("hash", "hashes", "file hash", "file hashes");
  private static final Set<String> NONE = Set.of("", "n/a", "-", "—", "–", "none");

  private MarkdownIndicators() {}

  private record Columns(int value, int type, int description, List<Integer> hashes, List<IndicatorType> hashTypes) {}

  /** Whether {@code lines} hold a table with an indicator column. */
  static boolean accepts(List<String> lines) {
    for (int i = 1; i < lines.size(); i++) {
      if (isSeparator(lines.get(i)) && columns(cells(lines.get(i - 1))) != null) {
        return true;
      }
    }
    return false;
  }

  static void read(List<String> lines, IndicatorSink sink) {
    Columns columns = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i + 1 < lines.size() && isSeparator(lines.get(i + 1))) {
        columns = columns(cells(line)); // a new table starts; one without an indicator column is skipped
        i++;
      } else if (columns != null && line.indexOf('|') >= 0 && !line.isBlank()) {
        row(cells(line), columns, i + 1, sink);
      } else {
        columns = null;
      }
    }
  }

  private static void row(List<String> cells, Columns c, long line, IndicatorSink sink) {
    String raw = cell(cells, c.value());
    String real = Refang.refang(raw);
    String typeName = cell(cells, c.type());
    String description = c.description() < 0 || cell(cells, c.description()).isEmpty() ? null : cell(cells, c.description());
    Indicator indicator = null;
    if (NONE.contains(raw.toLowerCase(Locale.ROOT))) {
      if (c.hashes().stream().allMatch(h -> NONE.contains(cell(cells, h).toLowerCase(Locale.ROOT)))) {
        sink.problem(line, "no indicator in this table row");
      }
    } else if (typeName.isEmpty()) {
      indicator = sink.addGuessed(real, !real.equals(raw), description, line, 0);
    } else {
      IndicatorType type = TypeGuess.named(typeName, real);
      if (type == null) {
        sink.problem(line, "unknown indicator type " + IndicatorSink.quote(typeName)
            + " (use ipv4, ipv6, cidr, domain, url, md5, sha1, sha256, filename or email)");
      } else {
        indicator = sink.add(type, real, description, line, 0);
      }
    }
    String of = "(" + (indicator != null ? indicator.value() : real) + ")";
    for (int k = 0; k < c.hashes().size(); k++) {
      String hash = cell(cells, c.hashes().get(k));
      if (!NONE.contains(hash.toLowerCase(Locale.ROOT))) {
        IndicatorType type = c.hashTypes().get(k) != null ? c.hashTypes().get(k) : TypeGuess.named("hash", hash);
        sink.add(type, hash, description == null ? of : description + " " + of, line, 0);
      }
    }
  }

  private static Columns columns(List<String> header) {
    int value = -1;
    int type = -1;
    int description = -1;
    List<Integer> hashes = new ArrayList<>();
    List<IndicatorType> hashTypes = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).toLowerCase(Locale.ROOT);
      IndicatorType named = TypeGuess.named(name, "");
      if (value < 0 && VALUE.contains(name)) {
        value = i;
      } else if (type < 0 && TYPE.contains(name)) {
        type = i;
      } else if (description < 0 && DESCRIPTION.contains(name)) {
        description = i;
      } else if (ANY_HASH.contains(name)) {
        hashes.add(i);
        hashTypes.add(null); // the type is told by each hash's length
      } else if (named == IndicatorType.MD5 || named == IndicatorType.SHA1 || named == IndicatorType.SHA256) {
        hashes.add(i);
        hashTypes.add(named);
      }
    }
    return value < 0 ? null : new Columns(value, type, description, hashes, hashTypes);
  }

  /** A delimiter row: pipes, dashes, colons and spaces only, with at least one pipe and one dash. */
  private static boolean isSeparator(String line) {
    boolean pipe = false;
    boolean dash = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      pipe |= c == '|';
      dash |= c == '-';
      if (c != '|' && c != '-' && c != ':' && c != ' ' && c != '\t') {
        return false;
      }
    }
    return pipe && dash;
  }

  /** The cells of a table row, split on pipes not escaped by a backslash, trimmed and unformatted. */
  static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    String s = line.strip();
    StringBuilder cell = new StringBuilder();
    int from = s.startsWith("|") ? 1 : 0;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '|') {
        cell.append('|');
        i++;
      } else if (c == '|') {
        cells.add(unformat(cell.toString()));
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    if (!cell.toString().isBlank()) {
      cells.add(unformat(cell.toString()));
    }
    return cells;
  }

  /** Without surrounding spaces, code backticks and bold or italic stars. */
  private static String unformat(String cell) {
    int start = 0;
    int end = cell.length();
    while (true) {
      while (start < end && Character.isWhitespace(cell.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(cell.charAt(end - 1))) {
        end--;
      }
      char first = end - start >= 2 ? cell.charAt(start) : 0;
      if ((first != '`' && first != '*') || cell.charAt(end - 1) != first) {
        return cell.substring(start, end);
      }
      start++;
      end--;
    }
  }

  private static String cell(List<String> cells, int i) {
    return i >= 0 && i < cells.size() ? cells.get(i) : "";
  }
}
