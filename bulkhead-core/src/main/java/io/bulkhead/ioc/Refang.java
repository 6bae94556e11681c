package io.bulkhead.ioc;

/**
 * Turns defanged indicator text back into its real form: {@code 193.142.58[.]126},
 * {@code hxxps[:]//idowall(.)com[/]x}, {@code user[at]example[dot]com}, {@code example[.com},
 * {@code user at example dot com}. Analysts defang so that nobody clicks or resolves an indicator by
 * accident; every tool spells it a little differently (InQuest/iocextract, ninoseki/ioc-extractor),
 * so the union of their spellings is accepted.
 *
 * <p>Written as two left-to-right scans over the text with bounded look-ahead, not as regular
 * expressions: indicator files come from outside, and the time taken must stay linear in their
 * length whatever they hold.
 */
final class Refang {
  private static final String OPEN = "[({";
  private static final String CLOSE = "])}";
  // Longest first, so that "[://]" is not read as "[:" followed by "//]".
  private static final String[] INNER = {"://", "dot", "at", ".", ":", "/", "@"};

  private Refang() {}

  /** The refanged form of {@code s}; text with nothing defanged in it comes back unchanged. */
  static String refang(String s) {
    return atWord(marks(s));
  }

  /**
   * {@code token} without what surrounds indicators in prose: wrapping quotes, backticks and angle
   * brackets, trailing {@code , ; .} and a closing parenthesis without an opening one.
   */
  static String trimToken(String token) {
    int start = 0;
    int end = token.length();
    boolean opens = token.indexOf('(') >= 0;
    boolean changed = true;
    // Indices rather than substrings, so that a token of a million dots costs a million steps.
    while (changed) {
      while (start < end && Character.isWhitespace(token.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(token.charAt(end - 1))) {
        end--;
      }
      changed = false;
      if (end - start < 2) {
        break;
      }
      char first = token.charAt(start);
      char last = token.charAt(end - 1);
      if ((first == '"' || first == '\'' || first == '`') && last == first || first == '<' && last == '>') {
        start++;
        end--;
        changed = true;
      } else if (last == ',' || last == ';' || last == '.' || last == ')' && !opens) {
        end--;
        changed = true;
      }
    }
    return token.substring(start, end);
  }

  /** Pass one: bracketed marks, partial brackets, schemes, backslash dots, " dot " and stray spaces. */
  private static String marks(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      int next;
      if ((c == 'h' || c == 'H' || c == 'f' || c == 'F') && (i == 0 || !isAlnum(s.charAt(i - 1)))
          && (next = scheme(s, i, out)) > i) {
        i = next;
      } else if (OPEN.indexOf(c) >= 0 && (next = bracketed(s, i, out)) > i) {
        i = next;
      } else if (c == '.' && i + 2 < n && CLOSE.indexOf(s.charAt(i + 1)) >= 0 && endsAlnum(out)
          && isAlnum(s.charAt(i + 2))) {
        out.append('.'); // "example.]com": the opening half of the bracket was lost
        i += 2;
      } else if (c == '\\' && i + 1 < n && s.charAt(i + 1) == '.') {
        out.append('.');
        i += 2;
      } else if (c == ' ') {
        i = spaces(s, i, out);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** {@code hxxp}, {@code hXXps}, {@code fxp} as a scheme (followed by ':' or a bracket). */
  private static int scheme(String s, int i, StringBuilder out) {
    boolean http = s.charAt(i) == 'h' || s.charAt(i) == 'H';
    int j = i + 1;
    int xs = 0;
    while (j < s.length() && xs < 2 && (s.charAt(j) == 'x' || s.charAt(j) == 'X')) {
      j++;
      xs++;
    }
    if (xs != (http ? 2 : 1) || j >= s.length() || (s.charAt(j) != 'p' && s.charAt(j) != 'P')) {
      return i;
    }
    j++;
    boolean secure = j < s.length() && (s.charAt(j) == 's' || s.charAt(j) == 'S');
    if (secure) {
      j++;
    }
    if (j >= s.length() || (s.charAt(j) != ':' && OPEN.indexOf(s.charAt(j)) < 0)) {
      return i;
    }
    out.append(http ? "http" : "ftp").append(secure ? "s" : "");
    return j;
  }

  /**
   * A mark in brackets at {@code i} ({@code [.]}, {@code (dot)}, {@code {@}}, {@code [://]}, spaces
   * inside allowed, closing bracket of any kind), or a partial one ({@code example[.com}). Spaces
   * before a dot or at mark were already dropped by {@link #spaces}; those after it are dropped here
   * when a word follows.
   */
  private static int bracketed(String s, int i, StringBuilder out) {
    int n = s.length();
    int j = skipSpaces(s, i + 1, 2);
    for (String inner : INNER) {
      if (!s.regionMatches(true, j, inner, 0, inner.length())) {
        continue;
      }
      int k = skipSpaces(s, j + inner.length(), 2);
      boolean closed = k < n && CLOSE.indexOf(s.charAt(k)) >= 0;
      if (!closed) {
        // Only a lone dot may lose its closing bracket, and only inside a word: "1.2.3[.4".
        if (inner.equals(".") && j == i + 1 && endsAlnum(out) && k < n && isAlnum(s.charAt(k))) {
          out.append('.');
          return j + 1;
        }
        return i;
      }
      String real = switch (inner) {
        case "dot" -> ".";
        case "at" -> "@";
        default -> inner;
      };
      out.append(real);
      int after = k + 1;
      if ((real.equals(".") || real.equals("@")) && endsAlnumBefore(out, real.length())) {
        int w = skipSpaces(s, after, Integer.MAX_VALUE);
        if (w < n && isAlnum(s.charAt(w))) {
          after = w;
        }
      }
      return after;
    }
    return i;
  }

  /**
   * A run of spaces at {@code i}: " dot " between words becomes a dot; spaces are dropped after
   * {@code ://} and, inside a URL, before {@code .tld} (Cisco ESA writes
   * {@code http:// example .com}), and before a bracketed dot or at mark; otherwise the run is
   * kept, so that prose such as "used by .NET" stays as written. The run is handled whole, so a
   * long run of spaces costs its length once.
   */
  private static int spaces(String s, int i, StringBuilder out) {
    int n = s.length();
    if (i + 5 < n && s.regionMatches(true, i + 1, "dot ", 0, 4) && endsAlnum(out) && isAlnum(s.charAt(i + 5))) {
      out.append('.');
      return i + 5;
    }
    int j = skipSpaces(s, i, Integer.MAX_VALUE);
    boolean drop = j < n && (endsWith(out, "://")
        || endsAlnum(out) && (s.charAt(j) == '.' && j + 1 < n && isAlnum(s.charAt(j + 1)) && inUrl(out)
            || OPEN.indexOf(s.charAt(j)) >= 0 && isDotOrAtMark(s, j)));
    if (!drop) {
      out.append(s, i, j);
    }
    return j;
  }

  /** Whether the word {@code out} ends with follows a {@code ://}; looks back a bounded distance. */
  private static boolean inUrl(StringBuilder out) {
    for (int k = out.length() - 1; k >= 2 && k >= out.length() - 256; k--) {
      char c = out.charAt(k);
      if (c == ' ') {
        return false;
      }
      if (c == '/' && out.charAt(k - 1) == '/' && out.charAt(k - 2) == ':') {
        return true;
      }
    }
    return false;
  }

  private static boolean isDotOrAtMark(String s, int i) {
    int j = skipSpaces(s, i + 1, 2);
    for (String inner : new String[] {"dot", "at", ".", "@"}) {
      if (s.regionMatches(true, j, inner, 0, inner.length())) {
        int k = skipSpaces(s, j + inner.length(), 2);
        return k < s.length() && CLOSE.indexOf(s.charAt(k)) >= 0;
      }
    }
    return false;
  }

  /**
   * Pass two: {@code user at example.com} becomes {@code user@example.com}, but only when the text
   * starts with that address: " at " is an ordinary word in descriptions ("seen at the edge").
   */
  private static String atWord(String s) {
    int start = skipSpaces(s, 0, Integer.MAX_VALUE);
    int local = start;
    while (local < s.length() && isLocalPart(s.charAt(local))) {
      local++;
    }
    if (local == start || !s.regionMatches(true, local, " at ", 0, 4)) {
      return s;
    }
    int host = local + 4;
    int end = host;
    boolean dot = false;
    while (end < s.length() && (isAlnum(s.charAt(end)) || s.charAt(end) == '-' || s.charAt(end) == '.')) {
      dot |= s.charAt(end) == '.' && end > host && end + 1 < s.length() && isAlnum(s.charAt(end + 1));
      end++;
    }
    return dot ? s.substring(0, local) + "@" + s.substring(host) : s;
  }

  private static int skipSpaces(String s, int i, int max) {
    int j = i;
    while (j < s.length() && j - i < max && s.charAt(j) == ' ') {
      j++;
    }
    return j;
  }

  private static boolean endsWith(StringBuilder b, String suffix) {
    int n = b.length();
    return n >= suffix.length() && b.substring(n - suffix.length()).equals(suffix);
  }

  private static boolean endsAlnum(StringBuilder b) {
    return b.length() > 0 && isAlnum(b.charAt(b.length() - 1));
  }

  private static boolean endsAlnumBefore(StringBuilder b, int skip) {
    int at = b.length() - skip - 1;
    return at >= 0 && isAlnum(b.charAt(at));
  }

  private static boolean isLocalPart(char c) {
    return isAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  static boolean isAlnum(char c) {
    return Character.isLetterOrDigit(c);
  }
}
