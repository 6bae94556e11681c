package io.bulkhead.source;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bulkhead.event.Event;
import io.bulkhead.event.Origin;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/**
 * Apache and nginx access logs, common and combined, and the variants seen in the field:
 * {@code [vhost[:port]] host ident user [time] "request" status bytes}, then in any order an
 * optional numeric duration, up to three quoted fields (referer, user agent, nginx's
 * {@code "$http_x_forwarded_for"}) and {@code NAME="value"} pairs such as
 * {@code X-Forwarded-For="a, b"}. A request line that is not {@code METHOD URI PROTOCOL} (TLS
 * bytes, HTML, {@code \n}) is kept verbatim. Hand-written and linear in the line's length.
 */
final class WebAccessParser implements LineParser {
  private static final String[] QUOTED = {
    AccessFields.REFERER, AccessFields.USER_AGENT, AccessFields.FORWARDED_FOR
  };

  @Override
  public LogFormat format() {
    return LogFormat.WEB_ACCESS;
  }

  @Override
  public Event parse(String line, Origin origin, ReadContext ctx) throws BadRecord {
    AccessCursor c = AccessCursor.over(line);
    ObjectNode raw = AccessFields.newRaw();
    hosts(c, raw);
    int timeColumn = c.column();
    String date = c.bracketed("the time");
    Instant time;
    try {
      time = Times.clf(date);
    } catch (BadRecord e) {
      throw new BadRecord(e.getMessage() + " at column " + timeColumn);
    }
    raw.put(AccessFields.DATE, date);
    space(c);
    AccessFields.requestLine(raw, c.quoted("the request line"));
    space(c);
    int at = c.pos;
    String status = c.token(-1);
    long s = AccessFields.digits(status);
    if (status.length() != 3 || s < 0) {
      throw c.expectedAt("the status (three digits)", at);
    }
    raw.put(AccessFields.STATUS, (int) s);
    space(c);
    at = c.pos;
    String bytes = c.token(-1);
    long b = AccessFields.digits(bytes);
    if (b >= 0) {
      raw.put(AccessFields.SC_BYTES, b);
    } else if (!bytes.equals("-")) {
      throw c.expectedAt("the response size (a number or '-')", at);
    }
    trailer(c, raw);
    return AccessFields.event(LogFormat.WEB_ACCESS, origin, raw, time).build();
  }

  /** {@code host ident user}, or {@code vhost host ident user}, before the time. */
  private static void hosts(AccessCursor c, ObjectNode raw) throws BadRecord {
    String[] t = new String[4];
    int n = 0;
    while (!c.atEnd() && c.peek() != '[') {
      if (n == t.length) {
        throw c.expected("'[' opening the time (at most virtual host, client host, ident and user"
            + " come before it)");
      }
      t[n++] = c.token(-1);
      space(c);
    }
    if (n < 3) {
      throw c.expected("client host, ident and user before the time");
    }
    int h = n - 3;
    if (n == 4) {
      AccessFields.put(raw, AccessFields.HOST, t[0]);
    }
    AccessFields.put(raw, AccessFields.CLIENT_IP, n == 3 ? withoutPort(t[h]) : t[h]);
    AccessFields.put(raw, "x-ident", t[h + 1]);
    AccessFields.put(raw, AccessFields.USERNAME, t[h + 2]);
  }

  /**
   * {@code 127.0.0.1:80} or {@code name:80} as the only host: the address. IPv6 addresses (more
   * than one colon) are kept whole.
   */
  private static String withoutPort(String host) {
    int colon = host.indexOf(':');
    if (colon > 0 && host.indexOf(':', colon + 1) < 0
        && AccessFields.digits(host.substring(colon + 1)) >= 0) {
      return host.substring(0, colon);
    }
    return host;
  }

  /** After the size: duration, quoted fields and {@code NAME="value"} pairs, in any order. */
  private static void trailer(AccessCursor c, ObjectNode raw) throws BadRecord {
    int quoted = 0;
    boolean duration = false;
    while (true) {
      boolean spaced = c.skipSpaces();
      if (c.atEnd()) {
        return;
      }
      if (!spaced) {
        throw c.expected("a space");
      }
      int at = c.pos;
      if (c.peek() == '"') {
        String v = c.quoted("a quoted field");
        if (quoted == QUOTED.length) {
          throw c.expectedAt("end of line (referer, user agent and X-Forwarded-For already read)", at);
        }
        AccessFields.put(raw, QUOTED[quoted++], v);
        continue;
      }
      String token = c.token('=');
      if (!c.atEnd() && c.peek() == '=' && isName(token)) {
        c.pos++;
        String v = !c.atEnd() && c.peek() == '"' ? c.quoted(token) : c.token(-1);
        String name = token.toLowerCase(Locale.ROOT);
        AccessFields.put(raw, name.startsWith("x-") ? name : "x-" + name, v);
      } else if (!duration && isDecimal(token)) {
        // An extra number (Apache %D or %T, nginx $request_time): unit unknown, kept as logged.
        long whole = AccessFields.digits(token);
        if (whole >= 0) {
          raw.put("x-duration", whole);
        } else {
          raw.put("x-duration", new BigDecimal(token));
        }
        duration = true;
      } else {
        throw c.expectedAt("a quoted referer or user agent, a duration or NAME=\"value\"", at);
      }
    }
  }

  /** Digits with an optional fraction, short enough to be a duration. */
  private static boolean isDecimal(String s) {
    int dot = s.indexOf('.');
    String whole = dot < 0 ? s : s.substring(0, dot);
    return s.length() <= 24 && AccessFields.digits(whole) >= 0
        && (dot < 0 || AccessFields.digits(s.substring(dot + 1)) >= 0);
  }

  private static boolean isName(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (!(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9'
          || ch == '-' || ch == '_')) {
        return false;
      }
    }
    return !s.isEmpty();
  }

  private static void space(AccessCursor c) throws BadRecord {
    if (!c.skipSpaces()) {
      throw c.expected("a space");
    }
  }
}
