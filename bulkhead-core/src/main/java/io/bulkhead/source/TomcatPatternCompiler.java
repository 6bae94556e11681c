package io.bulkhead.source;

import io.bulkhead.source.TomcatPattern.Element;
import io.bulkhead.source.TomcatPattern.Field;
import io.bulkhead.source.TomcatPattern.Group;
import io.bulkhead.source.TomcatPattern.Kind;
import io.bulkhead.source.TomcatPattern.Lit;
import io.bulkhead.source.TomcatPattern.Space;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a Tomcat {@code AccessLogValve} pattern into {@link TomcatPattern}'s elements, and says
 * which raw field each directive fills. Every error names the column of the pattern it concerns.
 */
final class TomcatPatternCompiler {
  private TomcatPatternCompiler() {}

  /** Marks a {@code "} of the pattern before quotes are paired into groups. */
  private record Quote() {}

  private static final Quote QUOTE = new Quote();

  /** Compiles {@code p}; {@code offset} is added to columns in messages (stripped leading space). */
  static List<Element> compile(String p, int offset) {
    boolean hasA = p.contains("%a");
    List<Object> items = new ArrayList<>();
    StringBuilder lit = new StringBuilder();
    int i = 0;
    while (i < p.length()) {
      char ch = p.charAt(i);
      if (ch == '%') {
        flush(lit, items);
        i = directive(p, i, offset, hasA, items);
      } else if (ch == '"') {
        flush(lit, items);
        items.add(QUOTE);
        i++;
      } else if (AccessCursor.isSpace(ch)) {
        flush(lit, items);
        if (items.isEmpty() || !(items.get(items.size() - 1) instanceof Space)) {
          items.add(new Space());
        }
        i++;
      } else {
        lit.append(ch);
        i++;
      }
    }
    flush(lit, items);
    return pairQuotes(items);
  }

  private static void flush(StringBuilder lit, List<Object> items) {
    if (!lit.isEmpty()) {
      items.add(new Lit(lit.toString()));
      lit.setLength(0);
    }
  }

  /** Reads the directive at {@code i} (a {@code %}); returns the index after it. */
  private static int directive(String p, int i, int offset, boolean hasA, List<Object> items) {
    int col = offset + i + 1;
    int j = i + 1;
    String param = null;
    if (j < p.length() && p.charAt(j) == '{') {
      int close = p.indexOf('}', j);
      if (close < 0) {
        throw new IllegalArgumentException("unclosed '%{' at column " + col + " of the Tomcat pattern");
      }
      param = p.substring(j + 1, close);
      j = close + 1;
    }
    if (j >= p.length()) {
      throw new IllegalArgumentException(
          "directive without a letter at column " + col + " of the Tomcat pattern");
    }
    String label = p.substring(i, j + 1);
    Field f = param == null ? plain(p.charAt(j), label, col, hasA) : named(p.charAt(j), param, label, col);
    if (f == null) {
      throw new IllegalArgumentException("unsupported directive '" + label + "' at column " + col
          + " of the Tomcat pattern");
    }
    Object prev = items.isEmpty() ? null : items.get(items.size() - 1);
    if (prev instanceof Field pf && pf.kind() == Kind.PATH && f.kind() == Kind.QUERY) {
      // %U%q is one token as logged (path?query), split at '?'.
      items.set(items.size() - 1,
          new Field(Kind.PATH_QUERY, AccessFields.URI, pf.label() + label, pf.column(), null, 0));
    } else if (prev instanceof Field pf) {
      throw new IllegalArgumentException("directive '" + label + "' at column " + col
          + " directly follows '" + pf.label() + "' at column " + pf.column()
          + ": nothing in the line would separate them");
    } else {
      items.add(f);
    }
    return j + 1;
  }

  private static Field plain(char d, String label, int col, boolean hasA) {
    return switch (d) {
      case 'a' -> text(AccessFields.CLIENT_IP, label, col);
      // With %a present, %h is the remote host name and must not overwrite the client IP.
      case 'h' -> text(hasA ? "x-remote-host" : AccessFields.CLIENT_IP, label, col);
      case 'A' -> text("s-ip", label, col);
      case 'b', 'B' -> field(Kind.NUMBER, AccessFields.SC_BYTES, label, col);
      case 'H' -> text(AccessFields.VERSION, label, col);
      case 'l' -> text("x-ident", label, col);
      case 'm' -> text(AccessFields.METHOD, label, col);
      case 'p' -> field(Kind.PORT, "s-port", label, col);
      case 'q' -> field(Kind.QUERY, AccessFields.QUERY, label, col);
      case 'r' -> field(Kind.REQUEST, AccessFields.URI, label, col);
      case 's' -> field(Kind.STATUS, AccessFields.STATUS, label, col);
      case 'S' -> text(AccessFields.SESSION_ID, label, col);
      case 't' -> field(Kind.TIME_CLF, AccessFields.DATE, label, col);
      case 'u' -> text(AccessFields.USERNAME, label, col);
      case 'U' -> field(Kind.PATH, AccessFields.STEM, label, col);
      case 'v' -> text(AccessFields.HOST, label, col);
      // %D is milliseconds in the Tomcat versions Jira and Confluence ship (Tomcat 10.1 made it
      // microseconds; see docs/access-logs.md).
      case 'D' -> field(Kind.NUMBER, AccessFields.TIME_TAKEN, label, col);
      case 'T' -> field(Kind.SECONDS, AccessFields.TIME_TAKEN, label, col);
      case 'F' -> field(Kind.NUMBER, "x-commit-time", label, col);
      case 'I' -> text(AccessFields.THREAD, label, col);
      default -> null;
    };
  }

  private static Field named(char d, String name, String label, int col) {
    if (name.isEmpty() && d != 't') {
      return null;
    }
    return switch (d) {
      case 'i' -> header(name, label, col);
      case 'o' -> text(name.equalsIgnoreCase("X-AUSERNAME") ? AccessFields.USERNAME : "sc(" + name + ")",
          label, col);
      case 'r' -> text(switch (name) {
        case "jira.request.username" -> AccessFields.USERNAME;
        case "jira.request.id" -> AccessFields.REQUEST_ID;
        case "jira.request.assession.id" -> AccessFields.SESSION_ID;
        default -> "x-" + name;
      }, label, col);
      case 'c' -> text("x-cookie-" + name, label, col);
      case 's' -> text("x-session-" + name, label, col);
      case 't' -> time(name, label, col);
      default -> null;
    };
  }

  private static Field header(String name, String label, int col) {
    String n = name.toLowerCase(Locale.ROOT);
    return switch (n) {
      case "referer", "referrer" -> text(AccessFields.REFERER, label, col);
      case "user-agent" -> text(AccessFields.USER_AGENT, label, col);
      case "host" -> text(AccessFields.HOST, label, col);
      case "cookie" -> text("cs-cookie", label, col);
      case "x-forwarded-for" -> field(Kind.FORWARDED, AccessFields.FORWARDED_FOR, label, col);
      default -> text("cs(" + name + ")", label, col);
    };
  }

  /** {@code %{xxx}t}: {@code [begin:|end:]} then CLF, {@code sec}, {@code msec}, or a date format. */
  private static Field time(String param, String label, int col) {
    String f = param;
    if (f.startsWith("begin:") || f.startsWith("end:")) {
      f = f.substring(f.indexOf(':') + 1);
    }
    switch (f) {
      case "", "begin", "end" -> {
        return field(Kind.TIME_CLF, AccessFields.DATE, label, col);
      }
      case "sec" -> {
        return field(Kind.EPOCH_S, AccessFields.DATE, label, col);
      }
      case "msec" -> {
        return field(Kind.EPOCH_MS, AccessFields.DATE, label, col);
      }
      case "msec_frac", "usec_frac" -> {
        return text("x-time-fraction", label, col);
      }
      default -> {
        DateTimeFormatter fmt;
        try {
          // Tomcat formats in its configured locale; Atlassian servers log English month names.
          fmt = DateTimeFormatter.ofPattern(f, Locale.ENGLISH);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("unsupported time format '" + f + "' in '" + label
              + "' at column " + col + " of the Tomcat pattern: " + e.getMessage());
        }
        int spaces = (int) f.chars().filter(c -> c == ' ').count();
        return new Field(Kind.TIME_FORMAT, AccessFields.DATE, label, col, fmt, spaces);
      }
    }
  }

  private static Field text(String name, String label, int col) {
    return field(Kind.TEXT, name, label, col);
  }

  private static Field field(Kind kind, String name, String label, int col) {
    return new Field(kind, name, label, col, null, 0);
  }

  /**
   * Pairs quotes: the elements between two quotes that hold a field become a {@link Group};
   * quotes around no field, and an unpaired last quote, are literal text.
   */
  private static List<Element> pairQuotes(List<Object> items) {
    List<Element> out = new ArrayList<>();
    List<Element> inside = null;
    for (Object item : items) {
      if (item instanceof Quote) {
        if (inside == null) {
          inside = new ArrayList<>();
        } else {
          if (inside.stream().anyMatch(e -> e instanceof Field)) {
            out.add(new Group(List.copyOf(mergeLits(inside))));
          } else {
            out.add(new Lit("\""));
            out.addAll(inside);
            out.add(new Lit("\""));
          }
          inside = null;
        }
      } else {
        (inside == null ? out : inside).add((Element) item);
      }
    }
    if (inside != null) {
      out.add(new Lit("\""));
      out.addAll(inside);
    }
    return mergeLits(out);
  }

  private static List<Element> mergeLits(List<Element> in) {
    List<Element> out = new ArrayList<>();
    for (Element e : in) {
      if (e instanceof Lit l && !out.isEmpty() && out.get(out.size() - 1) instanceof Lit prev) {
        out.set(out.size() - 1, new Lit(prev.text() + l.text()));
      } else {
        out.add(e);
      }
    }
    return out;
  }
}
