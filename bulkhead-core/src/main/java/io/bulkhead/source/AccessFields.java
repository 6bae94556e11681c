package io.bulkhead.source;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bulkhead.event.Actor;
import io.bulkhead.event.Client;
import io.bulkhead.event.Event;
import io.bulkhead.event.Http;
import io.bulkhead.event.Origin;
import io.bulkhead.event.Outcome;
import java.time.Instant;

/**
 * What the access-log parsers share: the raw document under W3C-style names (so Sigma
 * {@code webserver} rules can address it; the names are listed in {@code docs/access-logs.md}),
 * request-line splitting, and the mapping of those names to an event.
 */
final class AccessFields {
  private AccessFields() {}

  static final String CLIENT_IP = "c-ip";
  static final String USERNAME = "cs-username";
  static final String DATE = "date";
  static final String METHOD = "cs-method";
  static final String STEM = "cs-uri-stem";
  static final String QUERY = "cs-uri-query";
  static final String URI = "cs-uri";
  static final String VERSION = "cs-version";
  static final String STATUS = "sc-status";
  static final String SC_BYTES = "sc-bytes";
  static final String CS_BYTES = "cs-bytes";
  static final String TIME_TAKEN = "time-taken";
  static final String REFERER = "cs-referer";
  static final String USER_AGENT = "cs-user-agent";
  static final String HOST = "cs-host";
  static final String FORWARDED_FOR = "x-forwarded-for";
  static final String REQUEST_ID = "x-request-id";
  static final String SESSION_ID = "x-session-id";
  static final String THREAD = "x-thread";
  /** A request line that is not {@code METHOD URI PROTOCOL}, kept as logged. */
  static final String REQUEST_LINE = "x-request-line";

  static ObjectNode newRaw() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** Whether a logged value means "nothing": null, empty or {@code -}. */
  static boolean absent(String v) {
    return v == null || v.isEmpty() || v.equals("-");
  }

  /** Puts a text field unless the value is absent or the name is already set (first wins). */
  static void put(ObjectNode raw, String name, String value) {
    if (!absent(value) && !raw.has(name)) {
      raw.put(name, value);
    }
  }

  static void put(ObjectNode raw, String name, long value) {
    if (!raw.has(name)) {
      raw.put(name, value);
    }
  }

  /** A non-negative decimal of 1 to 18 digits, or -1 for anything else (so it cannot overflow). */
  static long digits(String s) {
    if (s.isEmpty() || s.length() > 18) {
      return -1;
    }
    long v = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /**
   * Splits a request line into method, URI and protocol. It conforms when it has at least three
   * whitespace-separated parts, the first an HTTP token and the last {@code HTTP/...}; the middle
   * is the URI as logged (nginx logs a raw URI with spaces). Anything else (TLS bytes, HTML,
   * {@code \n}) is kept verbatim under {@code x-request-line}, with no method or URI.
   */
  static void requestLine(ObjectNode raw, String line) {
    String t = line.strip();
    if (absent(t)) {
      return;
    }
    int firstSpace = -1;
    int lastSpace = -1;
    for (int i = 0; i < t.length(); i++) {
      if (AccessCursor.isSpace(t.charAt(i))) {
        if (firstSpace < 0) {
          firstSpace = i;
        }
        lastSpace = i;
      }
    }
    if (firstSpace > 0) {
      String method = t.substring(0, firstSpace);
      String proto = t.substring(lastSpace + 1);
      String uri = t.substring(firstSpace, lastSpace + 1).strip();
      if (isToken(method) && !uri.isEmpty() && proto.regionMatches(true, 0, "HTTP/", 0, 5)) {
        put(raw, METHOD, method);
        uri(raw, uri);
        put(raw, VERSION, proto);
        return;
      }
    }
    put(raw, REQUEST_LINE, line);
  }

  /** A URI as logged: {@code cs-uri}, and its stem and query (without {@code ?}). */
  static void uri(ObjectNode raw, String uri) {
    if (absent(uri)) {
      return;
    }
    int q = uri.indexOf('?');
    put(raw, STEM, q < 0 ? uri : uri.substring(0, q));
    if (q >= 0) {
      put(raw, QUERY, uri.substring(q + 1));
    }
    put(raw, URI, uri);
  }

  /** {@code cs-uri} from stem and query when they were logged apart ({@code %U} and {@code %q}). */
  static void joinUri(ObjectNode raw) {
    String stem = Json.text(raw, STEM);
    if (stem != null && !raw.has(URI)) {
      String query = Json.text(raw, QUERY);
      raw.put(URI, query == null ? stem : stem + "?" + query);
    }
  }

  /** An RFC 9110 token ({@code tchar}), as a method must be. */
  private static boolean isToken(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean alnum = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
      if (!alnum && "!#$%&'*+-.^_`|~".indexOf(c) < 0) {
        return false;
      }
    }
    return !s.isEmpty();
  }

  static Outcome outcome(Integer status) {
    if (status == null) {
      return Outcome.UNKNOWN;
    }
    return status < 400 ? Outcome.SUCCESS : Outcome.FAILURE;
  }

  /**
   * An event from the raw fields: action and HTTP method from {@code cs-method}, outcome from
   * {@code sc-status}, actor from {@code cs-username}, client from {@code c-ip} and
   * {@code cs-user-agent}, session from {@code x-session-id}. Callers may override parts.
   */
  static Event.Builder event(LogFormat format, Origin origin, ObjectNode raw, Instant time) {
    Integer status = Json.intOf(raw.get(STATUS));
    String method = Json.text(raw, METHOD);
    return Event.builder(format.wireName(), origin, raw)
        .time(time)
        .action(method)
        .outcome(outcome(status))
        .actor(Actor.of(null, Json.text(raw, USERNAME), null))
        .client(Client.of(Json.text(raw, CLIENT_IP), Json.text(raw, USER_AGENT), null, null))
        .session(Json.text(raw, SESSION_ID))
        .http(Http.of(method, Json.text(raw, URI), status, Json.longOf(raw.get(SC_BYTES))));
  }
}
