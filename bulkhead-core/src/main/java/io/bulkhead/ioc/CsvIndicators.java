package io.bulkhead.ioc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CSV with a header naming an indicator column and a type column, in any order and case
 * ({@code indicator,type,description}); the delimiter is the first of {@code , TAB ;} that gives
 * such a header. Fields follow RFC 4180: quoted fields may hold delimiters, doubled quotes and line
 * breaks. Columns other than these three are ignored; an empty type is guessed from the value.
 */
final class CsvIndicators {
  // Names in order of preference: a "Description" column wins over a "Notes" one before it.
  private static final List<String> VALUE = List.of("indicator", "value", "ioc", "observable", "indicator value");
  private static final List<String> TYPE = List.of("type", "indicator type", "indicator_type", "ioc type", "ioc_type");
  private static final List<String> DESCRIPTION = List.of("description", "comment", "comments", "desc", "notes");
  private static final String DELIMITERS = ",\t;";

  private CsvIndicators() {}

  /** The delimiter of the header line of {@code lines}, or 0 when its first line is no such header. */
  static char delimiter(List<String> lines) {
    for (String line : lines) {
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      for (char d : DELIMITERS.toCharArray()) {
        List<String> cells = new Records(line, d).next();
        if (cells != null && column(cells, VALUE) >= 0 && column(cells, TYPE) >= 0) {
          return d;
        }
      }
      return 0;
    }
    return 0;
  }

  static void read(String text, char delimiter, IndicatorSink sink) {
    Records records = new Records(text, delimiter);
    int value = -1;
    int type = -1;
    int description = -1;
    for (List<String> row = records.next(); row != null; row = records.next()) {
      if (records.unterminated) {
        sink.problem(records.line, "a quoted field is not closed; read to the end of its line");
        records.unterminated = false;
      }
      if (row.stream().allMatch(String::isBlank) || row.get(0).strip().startsWith("#")) {
        continue;
      }
      if (value < 0) {
        value = column(row, VALUE);
        type = column(row, TYPE);
        description = column(row, DESCRIPTION);
        continue;
      }
      row(row, value, type, description, records.line, sink);
    }
  }

  private static void row(List<String> row, int value, int type, int description, long line, IndicatorSink sink) {
    String raw = cell(row, value);
    if (raw.isEmpty()) {
      sink.problem(line, "no indicator in the indicator column");
      return;
    }
    String real = Refang.refang(raw);
    String typeName = cell(row, type);
    String desc = description < 0 ? null : cell(row, description);
    if (typeName.isEmpty()) {
      sink.addGuessed(real, !real.equals(raw), desc, line, 0);
      return;
    }
    IndicatorType t = TypeGuess.named(typeName, real);
    if (t == null) {
      sink.problem(line, "unknown indicator type " + IndicatorSink.quote(typeName)
          + " (use ipv4, ipv6, cidr, domain, url, md5, sha1, sha256, filename or email)");
      return;
    }
    sink.add(t, real, desc, line, 0);
  }

  private static String cell(List<String> row, int i) {
    return i >= 0 && i < row.size() ? row.get(i).strip() : "";
  }

  private static int column(List<String> header, List<String> names) {
    List<String> folded = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    for (String name : names) {
      int i = folded.indexOf(name);
      if (i >= 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * RFC 4180 records, one at a time, each with the line it starts on. A quote still open at the end
   * of the text, or a quoted field that spans lines and is followed by more than a delimiter, means
   * a stray quote: the record is read again with its quoted field ending at the end of its line, and
   * quoted fields no longer span lines for the rest of the file, so that a file of stray quotes is
   * still read in one pass.
   */
  private static final class Records {
    private final String text;
    private final char delimiter;
    private int pos;
    private long nextLine = 1;
    private boolean spanLines = true;
    long line;
    boolean unterminated;

    Records(String text, char delimiter) {
      this.text = text;
      this.delimiter = delimiter;
    }

    List<String> next() {
      if (pos >= text.length()) {
        return null;
      }
      int start = pos;
      long startLine = nextLine;
      List<String> row = read();
      if (row == null) {
        pos = start;
        nextLine = startLine;
        spanLines = false;
        unterminated = true;
        row = read();
      }
      line = startLine;
      return row;
    }

    /** One record from {@code pos}, or null when a quote in it is a stray one. */
    private List<String> read() {
      List<String> row = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      boolean blank = true; // the field so far is spaces only, so a quote may still open it
      boolean spanned = false; // the quoted field just closed held a line break
      boolean closed = false; // a quoted field closed just before pos
      int n = text.length();
      while (pos < n) {
        char c = text.charAt(pos++);
        if (quoted) {
          if (c == '"' && pos < n && text.charAt(pos) == '"') {
            field.append('"');
            pos++;
          } else if (c == '"') {
            quoted = false;
            closed = true;
          } else if ((c == '\n' || c == '\r') && !spanLines) {
            pos--;
            quoted = false;
          } else {
            if (c == '\n' || c == '\r' && (pos >= n || text.charAt(pos) != '\n')) {
              nextLine++;
              spanned = true;
            }
            field.append(c);
          }
        } else if (closed && spanned && c != delimiter && c != '\n' && c != '\r') {
          return null; // "a,b\n...\n"c: the quote that opened it was a stray one
        } else if (c == '"' && blank) {
          quoted = true;
          blank = false;
          field.setLength(0);
        } else if (c == delimiter) {
          row.add(field.toString());
          field.setLength(0);
          blank = true;
          spanned = false;
          closed = false;
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && pos < n && text.charAt(pos) == '\n') {
            pos++;
          }
          nextLine++;
          row.add(field.toString());
          return row;
        } else {
          field.append(c); // a quote inside an unquoted field, or text after a closing quote: kept
          blank &= c == ' ';
          closed = false;
        }
      }
      if (quoted && spanLines) {
        return null;
      }
      row.add(field.toString());
      return row;
    }
  }
}
