package io.bulkhead.source;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bulkhead.event.Event;
import io.bulkhead.event.Http;
import io.bulkhead.event.Origin;
import io.bulkhead.event.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Bitbucket Data Center's {@code atlassian-bitbucket-access.log}: {@code IP | protocol |
 * request-id | user | yyyy-MM-dd HH:mm:ss,SSS | action | "referer" "user-agent" | status |
 * bytes-read | bytes-written | labels | duration-ms | session-id |}. Each request logs an incoming
 * line ({@code i@}/{@code i*} request id, result fields {@code -}) and an outgoing one
 * ({@code o@}/{@code o*}). Field counts vary (SSH lines have fewer), so only the first six are
 * positional; of the rest the last is the session id. The time has no zone: it is read in the
 * zone of {@link ReadContext}. A {@code |} inside a quoted field does not split it.
 */
final class BitbucketAccessParser implements LineParser {
  private static final int FIXED = 6;

  @Override
  public LogFormat format() {
    return LogFormat.BITBUCKET_ACCESS;
  }

  @Override
  public Event parse(String line, Origin origin, ReadContext ctx) throws BadRecord {
    List<int[]> f = split(line);
    if (f.size() < FIXED) {
      throw new BadRecord("expected at least 6 '|'-separated fields (IP | protocol | request id |"
          + " user | time | action), found " + f.size());
    }
    ObjectNode raw = AccessFields.newRaw();
    String ip = text(line, f.get(0));
    int comma = ip.indexOf(',');
    // Behind proxies Bitbucket may log the forwarded chain; the first address is the client.
    AccessFields.put(raw, AccessFields.CLIENT_IP, comma < 0 ? ip : ip.substring(0, comma).strip());
    if (comma >= 0) {
      AccessFields.put(raw, AccessFields.FORWARDED_FOR, ip);
    }
    AccessFields.put(raw, "x-protocol", text(line, f.get(1)));
    String requestId = text(line, f.get(2));
    AccessFields.put(raw, AccessFields.REQUEST_ID, requestId);
    String direction = requestId.startsWith("i") ? "incoming" : requestId.startsWith("o") ? "outgoing" : null;
    AccessFields.put(raw, "x-direction", direction);
    AccessFields.put(raw, AccessFields.USERNAME, text(line, f.get(3)));
    String date = text(line, f.get(4));
    Instant time;
    try {
      time = Times.local(date, ctx.zone());
    } catch (BadRecord e) {
      throw new BadRecord(e.getMessage() + " in field 5 (time) at column " + (f.get(4)[0] + 1));
    }
    raw.put(AccessFields.DATE, date);
    String action = text(line, f.get(5));
    AccessFields.put(raw, "x-action", action);
    String ssh = action(action, raw);
    if (f.size() > FIXED) {
      refererAndAgent(line, f.get(FIXED), raw);
    }
    tail(line, f.subList(Math.min(f.size(), FIXED + 1), f.size()), raw);

    Event.Builder b = AccessFields.event(LogFormat.BITBUCKET_ACCESS, origin, raw, time);
    if (ssh != null) {
      // SSH has no HTTP exchange: its status is the git command's exit code.
      Integer exit = Json.intOf(raw.get(AccessFields.STATUS));
      b.action(ssh)
          .outcome(exit == null ? Outcome.UNKNOWN : exit == 0 ? Outcome.SUCCESS : Outcome.FAILURE)
          .http(Http.of(null, Json.text(raw, AccessFields.URI), null, Json.longOf(raw.get(AccessFields.SC_BYTES))));
    }
    if ("incoming".equals(direction)) {
      b.outcome(Outcome.UNKNOWN);
    }
    return b.build();
  }

  /**
   * The {@code [start, end)} of each {@code |}-separated field, trimmed. Quotes are skipped as a
   * whole; after one quote without a closing one, quotes are ordinary characters, so the split
   * stays linear.
   */
  static List<int[]> split(String line) {
    List<int[]> out = new ArrayList<>();
    boolean quotes = true;
    int start = 0;
    int n = line.length();
    for (int i = 0; i < n; i++) {
      char ch = line.charAt(i);
      if (ch == '"' && quotes) {
        int close = new AccessCursor(line, i, n).closingQuote();
        if (close < 0) {
          quotes = false;
        } else {
          i = close;
        }
      } else if (ch == '|') {
        out.add(trim(line, start, i));
        start = i + 1;
      }
    }
    int[] last = trim(line, start, n);
    if (last[0] < last[1]) {
      out.add(last); // a line cut before its final '|'
    }
    return out;
  }

  private static int[] trim(String s, int from, int to) {
    while (from < to && Character.isWhitespace(s.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
      to--;
    }
    return new int[] {from, to};
  }

  private static String text(String line, int[] r) {
    return line.substring(r[0], r[1]);
  }

  /**
   * {@code "GET /path HTTP/1.1"} fills the request fields; {@code SSH - git-upload-pack
   * '/foo/bar.git'} fills the URI with the repository path and returns {@code SSH
   * git-upload-pack}. Returns null for HTTP and unknown actions.
   */
  private static String action(String action, ObjectNode raw) {
    if (action.length() >= 2 && action.startsWith("\"") && action.endsWith("\"")) {
      AccessFields.requestLine(raw, action.substring(1, action.length() - 1));
      return null;
    }
    if (!action.equals("SSH") && !action.startsWith("SSH ")) {
      return null;
    }
    AccessCursor c = new AccessCursor(action, 3, action.length());
    c.skipSpaces();
    String command = c.token(-1);
    if (command.equals("-")) {
      c.skipSpaces();
      command = c.token(-1);
    }
    c.skipSpaces();
    String path = c.rest();
    if (path.length() >= 2 && path.startsWith("'") && path.endsWith("'")) {
      path = path.substring(1, path.length() - 1);
    }
    AccessFields.uri(raw, path);
    return command.isEmpty() ? "SSH" : "SSH " + command;
  }

  /** {@code "referer" "user-agent"}; SSH lines log one quoted value, the client's version. */
  private static void refererAndAgent(String line, int[] r, ObjectNode raw) {
    AccessCursor c = new AccessCursor(line, r[0], r[1]);
    List<String> values = new ArrayList<>(2);
    while (values.size() < 2) {
      c.skipSpaces();
      if (c.atEnd()) {
        break;
      }
      if (c.peek() == '"') {
        int close = c.closingQuote();
        if (close < 0) {
          values.add(c.rest());
          break;
        }
        values.add(line.substring(c.pos + 1, close));
        c.pos = close + 1;
      } else {
        values.add(c.token('"'));
      }
    }
    if (values.size() == 2) {
      AccessFields.put(raw, AccessFields.REFERER, values.get(0));
      AccessFields.put(raw, AccessFields.USER_AGENT, values.get(1));
    } else if (values.size() == 1) {
      AccessFields.put(raw, AccessFields.USER_AGENT, values.get(0));
    }
  }

  /**
   * Status, bytes read, bytes written, labels, duration, session id. With fewer fields the last
   * is the session id (Atlassian's SSH examples); five fields whose last is a number end with the
   * duration instead.
   */
  private static void tail(String line, List<int[]> t, ObjectNode raw) throws BadRecord {
    int n = t.size();
    if (n == 0) {
      return;
    }
    int session = n == 5 && AccessFields.digits(text(line, t.get(4))) >= 0 ? -1 : n - 1;
    int known = session < 0 ? 5 : Math.min(n - 1, 5);
    String[] names = {AccessFields.STATUS, AccessFields.CS_BYTES, AccessFields.SC_BYTES, "x-labels",
      AccessFields.TIME_TAKEN};
    for (int i = 0; i < known; i++) {
      int[] r = t.get(i);
      String v = text(line, r);
      if (i == 3) {
        labels(v, raw);
      } else if (!AccessFields.absent(v)) {
        long num = AccessFields.digits(v);
        if (num < 0 || i == 0 && num > 999_999) {
          throw new BadRecord("expected " + names[i] + " (a number or '-') in field " + (FIXED + 2 + i)
              + " at column " + (r[0] + 1) + ", found '" + Strings.clip(v, 24) + "'");
        }
        AccessFields.put(raw, names[i], num);
      }
    }
    if (session >= 0) {
      AccessFields.put(raw, AccessFields.SESSION_ID, text(line, t.get(session)));
    }
  }

  private static void labels(String v, ObjectNode raw) {
    if (AccessFields.absent(v)) {
      return;
    }
    ArrayNode a = raw.arrayNode();
    int start = 0;
    for (int i = 0; i <= v.length(); i++) {
      if (i == v.length() || v.charAt(i) == ',') {
        String l = v.substring(start, i).strip();
        if (!AccessFields.absent(l)) {
          a.add(l);
        }
        start = i + 1;
      }
    }
    if (!a.isEmpty()) {
      raw.set("x-labels", a);
    }
  }
}
