package io.bulkhead.source;

/**
 * A forward-only cursor over {@code [pos, end)} of one access-log line. Every read either advances
 * the cursor or fails, and no method looks back, so a parse built from these reads takes time
 * linear in the line's length whatever the input (no regular expressions, no backtracking).
 * Columns in messages are 1-based positions in the whole line.
 */
final class AccessCursor {
  private static final int FOUND_MAX = 24;

  final String s;
  int pos;
  final int end;
  /** What lies at {@code end}, for messages: the end of the line, or a closing quote. */
  private final String endName;

  AccessCursor(String s, int from, int end) {
    this(s, from, end, "end of line");
  }

  AccessCursor(String s, int from, int end, String endName) {
    this.s = s;
    this.pos = from;
    this.end = end;
    this.endName = endName;
  }

  /** A cursor over the line without its leading and trailing whitespace (and CR). */
  static AccessCursor over(String line) {
    int from = 0;
    int to = line.length();
    while (from < to && isSpace(line.charAt(from))) {
      from++;
    }
    while (to > from && (isSpace(line.charAt(to - 1)) || line.charAt(to - 1) == '\r')) {
      to--;
    }
    return new AccessCursor(line, from, to);
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }

  boolean atEnd() {
    return pos >= end;
  }

  char peek() {
    return s.charAt(pos);
  }

  int column() {
    return pos + 1;
  }

  /** Skips a run of whitespace; whether at least one character was skipped. */
  boolean skipSpaces() {
    int start = pos;
    while (pos < end && isSpace(s.charAt(pos))) {
      pos++;
    }
    return pos > start;
  }

  /**
   * Reads up to whitespace, the end, or {@code stop} (pass -1 for none); possibly empty. The
   * cursor stays on the delimiter.
   */
  String token(int stop) {
    int start = pos;
    while (pos < end) {
      char c = s.charAt(pos);
      if (isSpace(c) || c == stop) {
        break;
      }
      pos++;
    }
    return s.substring(start, pos);
  }

  /** The rest of the range, without trailing whitespace; the cursor moves to the end. */
  String rest() {
    int to = end;
    while (to > pos && isSpace(s.charAt(to - 1))) {
      to--;
    }
    String r = s.substring(pos, to);
    pos = end;
    return r;
  }

  /**
   * At a {@code "}: the index of the closing unescaped quote ({@code \} escapes the next
   * character, as Tomcat, Apache and nginx write {@code \"}), or -1 when there is none.
   */
  int closingQuote() {
    for (int i = pos + 1; i < end; i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return i;
      }
    }
    return -1;
  }

  /** Reads {@code "..."} and returns the text between the quotes as logged (escapes kept). */
  String quoted(String what) throws BadRecord {
    int close = quotedEnd(what);
    String v = s.substring(pos + 1, close);
    pos = close + 1;
    return v;
  }

  /**
   * Checks that a quoted value starts here and returns the index of its closing quote, leaving
   * the cursor on the opening quote.
   */
  int quotedEnd(String what) throws BadRecord {
    if (atEnd() || peek() != '"') {
      throw expected("'\"' opening " + what);
    }
    int close = closingQuote();
    if (close < 0) {
      throw new BadRecord("no closing '\"' for " + what + " opened at column " + column());
    }
    return close;
  }

  /** Reads {@code [...]} and returns the text between the brackets. */
  String bracketed(String what) throws BadRecord {
    if (atEnd() || peek() != '[') {
      throw expected("'[' opening " + what);
    }
    int close = pos + 1;
    while (close < end && s.charAt(close) != ']') {
      close++;
    }
    if (close >= end) {
      throw new BadRecord("no closing ']' for " + what + " opened at column " + column());
    }
    String v = s.substring(pos + 1, close);
    pos = close + 1;
    return v;
  }

  void expect(String literal, String what) throws BadRecord {
    if (!s.startsWith(literal, pos) || pos + literal.length() > end) {
      throw expected(what);
    }
    pos += literal.length();
  }

  /** {@code expected WHAT at column N, found 'TEXT'} (or {@code found end of line}). */
  BadRecord expected(String what) {
    return expectedAt(what, pos);
  }

  BadRecord expectedAt(String what, int at) {
    if (at >= end) {
      return new BadRecord("expected " + what + " at column " + (at + 1) + ", found " + endName);
    }
    int to = at;
    while (to < end && to - at <= FOUND_MAX && (to == at || !isSpace(s.charAt(to)))) {
      to++;
    }
    return new BadRecord("expected " + what + " at column " + (at + 1) + ", found '"
        + Strings.clip(s.substring(at, to), FOUND_MAX) + "'");
  }
}
