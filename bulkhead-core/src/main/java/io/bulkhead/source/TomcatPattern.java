package io.bulkhead.source;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Objects;

/**
 * A Tomcat {@code AccessLogValve} pattern compiled into a line parser. Immutable and thread-safe.
 *
 * <p>Parsing is a hand-written cursor over the line, linear in its length: a field directly
 * enclosed in {@code "} in the pattern reads up to the closing unescaped quote; a quoted group of
 * several fields ({@code "%m %U%q %H"}) is cut out the same way and parsed inside; {@code %t}
 * reads {@code [...]}; an unquoted {@code %r} reads {@code METHOD URI PROTOCOL} or a lone
 * {@code -}; an unquoted field that is the last element reads the rest of the line or group
 * (Confluence's unquoted User-Agent); {@code %U%q} is one token split at {@code ?}; any other
 * field reads one token, up to whitespace or the first character of the literal that follows it.
 * A space in the pattern matches a run of whitespace in the line.
 *
 * <p>Each field lands in the raw document under the W3C-style name of {@link AccessFields};
 * when a name occurs twice, the first value logged is kept.
 */
final class TomcatPattern {
  /** How a field's text is read and stored. */
  enum Kind { TEXT, FORWARDED, NUMBER, SECONDS, PORT, STATUS, TIME_CLF, TIME_FORMAT, EPOCH_S,
    EPOCH_MS, REQUEST, PATH, QUERY, PATH_QUERY }

  sealed interface Element permits Space, Lit, Field, Group {}

  record Space() implements Element {}

  record Lit(String text) implements Element {}

  /** A directive: how to read it, the raw name it fills, where it is in the pattern. */
  record Field(Kind kind, String name, String label, int column, DateTimeFormatter time, int spaces)
      implements Element {
    /** Numbers read one token even as the last element, so trailing text is reported. */
    boolean numeric() {
      return switch (kind) {
        case NUMBER, SECONDS, PORT, STATUS, EPOCH_S, EPOCH_MS -> true;
        default -> false;
      };
    }
  }

  /** A quoted group holding at least one field; the quotes are not part of it. */
  record Group(List<Element> inner) implements Element {
    boolean single() {
      return inner.size() == 1 && inner.get(0) instanceof Field;
    }
  }

  /** A parsed line: the raw document and the time of its first time field (null if none). */
  record Line(ObjectNode raw, Instant time) {}

  private final String pattern;
  private final List<Element> elements;

  private TomcatPattern(String pattern, List<Element> elements) {
    this.pattern = pattern;
    this.elements = List.copyOf(elements);
  }

  /**
   * Compiles a pattern ({@code common} and {@code combined} are Tomcat's aliases).
   *
   * @throws IllegalArgumentException naming the column of an unsupported or malformed directive
   */
  static TomcatPattern compile(String pattern) {
    Objects.requireNonNull(pattern, "pattern");
    String p = switch (pattern.strip()) {
      case "common" -> "%h %l %u %t \"%r\" %s %b";
      case "combined" -> "%h %l %u %t \"%r\" %s %b \"%{Referer}i\" \"%{User-Agent}i\"";
      default -> pattern;
    };
    int lead = 0; // leading whitespace is dropped but still counts in error columns
    while (lead < p.length() && Character.isWhitespace(p.charAt(lead))) {
      lead++;
    }
    p = p.strip();
    if (p.isEmpty()) {
      throw new IllegalArgumentException("empty Tomcat access log pattern");
    }
    return new TomcatPattern(p, TomcatPatternCompiler.compile(p, lead));
  }

  String pattern() {
    return pattern;
  }

  List<Element> elements() {
    return elements;
  }

  /** Splits a line into named fields; zone-less times ({@code %{fmt}t}) are read in {@code zone}. */
  Line parse(String line, ZoneId zone) throws BadRecord {
    Run run = new Run(zone);
    AccessCursor c = AccessCursor.over(line);
    run.sequence(elements, c);
    if (!c.atEnd()) {
      c.skipSpaces();
      throw c.expected("end of line (pattern '" + Strings.clip(pattern, 60) + "' fully read)");
    }
    AccessFields.joinUri(run.raw);
    return new Line(run.raw, run.time);
  }

  @Override
  public String toString() {
    return pattern;
  }

  /** The state of one parse. */
  private static final class Run {
    final ObjectNode raw = AccessFields.newRaw();
    final ZoneId zone;
    Instant time;

    Run(ZoneId zone) {
      this.zone = zone;
    }

    void sequence(List<Element> els, AccessCursor c) throws BadRecord {
      for (int i = 0; i < els.size(); i++) {
        Element e = els.get(i);
        boolean last = i == els.size() - 1;
        switch (e) {
          case Space s -> {
            // A missing trailing field leaves no space: let the last field read as empty.
            if (!c.skipSpaces() && !c.atEnd()) {
              throw c.expected("a space");
            }
          }
          case Lit l -> c.expect(l.text(), "'" + l.text() + "'");
          case Group g -> group(g, c);
          case Field f -> {
            int col = c.pos;
            store(f, read(f, last, last ? null : els.get(i + 1), c), col, c);
          }
        }
      }
    }

    private void group(Group g, AccessCursor c) throws BadRecord {
      String what = g.inner().get(0) instanceof Field f ? f.label() : "a quoted group";
      int close = c.quotedEnd(what);
      int open = c.pos;
      if (g.single()) {
        Field f = (Field) g.inner().get(0);
        store(f, c.s.substring(open + 1, close), open + 1, c);
      } else {
        AccessCursor inner = new AccessCursor(c.s, open + 1, close, "the closing '\"'");
        sequence(g.inner(), inner);
        if (!inner.atEnd()) {
          throw inner.expected("'\"' closing the group opened at column " + (open + 1));
        }
      }
      c.pos = close + 1;
    }

    private static String read(Field f, boolean last, Element next, AccessCursor c)
        throws BadRecord {
      if (f.kind() == Kind.TIME_CLF) {
        return c.bracketed(f.label());
      }
      if (last && !f.numeric()) {
        return c.rest();
      }
      int stop = next instanceof Lit l ? l.text().charAt(0) : next instanceof Group ? '"' : -1;
      int start = c.pos;
      String v = switch (f.kind()) {
        case REQUEST -> request(c, stop);
        case TIME_FORMAT -> tokens(c, stop, f.spaces() + 1);
        case FORWARDED -> forwarded(c, stop);
        default -> c.token(stop);
      };
      if (v.isEmpty()) {
        throw c.expectedAt(f.label(), start);
      }
      return v;
    }

    /** {@code METHOD URI PROTOCOL}, {@code METHOD URI}, or a lone {@code -}, unquoted. */
    private static String request(AccessCursor c, int stop) {
      int start = c.pos;
      String method = c.token(stop);
      if (method.isEmpty() || method.equals("-")) {
        return method;
      }
      int afterMethod = c.pos;
      if (!c.skipSpaces() || c.token(stop).isEmpty()) {
        c.pos = afterMethod;
        return method;
      }
      int afterUri = c.pos;
      c.skipSpaces();
      if (c.s.startsWith("HTTP/", c.pos) && c.pos < c.end) {
        c.token(stop);
      } else {
        c.pos = afterUri;
      }
      return c.s.substring(start, c.pos);
    }

    /** A {@code %{fmt}t} time with spaces in its format: as many tokens as the format has. */
    private static String tokens(AccessCursor c, int stop, int count) {
      int start = c.pos;
      c.token(stop);
      for (int i = 1; i < count; i++) {
        int mark = c.pos;
        if (!c.skipSpaces() || c.token(stop).isEmpty()) {
          c.pos = mark;
          break;
        }
      }
      return c.s.substring(start, c.pos);
    }

    /** An unquoted X-Forwarded-For list: a token ending in a comma continues after the space. */
    private static String forwarded(AccessCursor c, int stop) {
      int start = c.pos;
      while (c.token(stop).endsWith(",")) {
        int mark = c.pos;
        if (!c.skipSpaces()) {
          c.pos = mark;
          break;
        }
      }
      return c.s.substring(start, c.pos).strip();
    }

    /** Stores one field's text under its name, converted; {@code col} is its 0-based start. */
    private void store(Field f, String v, int col, AccessCursor c) throws BadRecord {
      switch (f.kind()) {
        case TEXT, FORWARDED -> AccessFields.put(raw, f.name(), v);
        case PORT -> {
          long n = AccessFields.digits(v);
          if (n >= 0) {
            AccessFields.put(raw, f.name(), n);
          } else {
            AccessFields.put(raw, f.name(), v);
          }
        }
        case NUMBER, STATUS -> {
          if (!AccessFields.absent(v)) {
            long n = AccessFields.digits(v);
            if (n < 0 || f.kind() == Kind.STATUS && n > 999_999) {
              throw c.expectedAt(f.label() + " (a number)", col);
            }
            AccessFields.put(raw, f.name(), n);
          }
        }
        case SECONDS -> {
          if (!AccessFields.absent(v)) {
            AccessFields.put(raw, f.name(), seconds(v, f, col, c));
          }
        }
        case REQUEST -> AccessFields.requestLine(raw, v);
        case PATH -> AccessFields.put(raw, AccessFields.STEM, v);
        case QUERY -> AccessFields.put(raw, AccessFields.QUERY, v.startsWith("?") ? v.substring(1) : v);
        case PATH_QUERY -> AccessFields.uri(raw, v);
        case TIME_CLF, TIME_FORMAT, EPOCH_S, EPOCH_MS -> time(f, v, col, c);
      }
    }

    /** Tomcat's {@code %T}: whole seconds, or seconds with a fraction; stored in milliseconds. */
    private static long seconds(String v, Field f, int col, AccessCursor c) throws BadRecord {
      int dot = v.indexOf('.');
      String whole = dot < 0 ? v : v.substring(0, dot);
      String frac = dot < 0 ? "" : (v.substring(dot + 1) + "000").substring(0, 3);
      long w = AccessFields.digits(whole);
      long m = AccessFields.digits(frac.isEmpty() ? "0" : frac);
      if (w < 0 || m < 0 || w > 1_000_000_000L) {
        throw c.expectedAt(f.label() + " (seconds)", col);
      }
      return w * 1000 + m;
    }

    private void time(Field f, String v, int col, AccessCursor c) throws BadRecord {
      String text = v;
      if (f.kind() == Kind.TIME_CLF && text.startsWith("[") && text.endsWith("]") && text.length() > 1) {
        text = text.substring(1, text.length() - 1);
      }
      if (AccessFields.absent(text) || time != null) {
        AccessFields.put(raw, f.name(), text);
        return;
      }
      try {
        time = switch (f.kind()) {
          case TIME_CLF -> Times.clf(text);
          case EPOCH_S, EPOCH_MS -> epoch(f.kind(), text);
          default -> formatted(f.time(), text, zone);
        };
      } catch (BadRecord | DateTimeException | ArithmeticException e) {
        throw new BadRecord("unreadable time '" + Strings.clip(text, 40) + "' for " + f.label()
            + " at column " + (col + 1));
      }
      AccessFields.put(raw, f.name(), text);
    }

    private static Instant epoch(Kind kind, String text) throws BadRecord {
      long n = AccessFields.digits(text);
      if (n < 0) {
        throw new BadRecord("not a number");
      }
      return kind == Kind.EPOCH_S ? Instant.ofEpochSecond(n) : Instant.ofEpochMilli(n);
    }

    private static Instant formatted(DateTimeFormatter fmt, String text, ZoneId zone) {
      TemporalAccessor t = fmt.parse(text);
      if (t.isSupported(ChronoField.INSTANT_SECONDS)) {
        return Instant.from(t);
      }
      return LocalDateTime.from(t).atZone(zone).toInstant();
    }
  }
}
