package io.bulkhead.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import io.bulkhead.event.Event;
import io.bulkhead.event.Origin;
import java.time.Instant;

/**
 * A connection from a source to a destination, as {@link Beaconing} reads it from an event. The
 * fields read, on the raw vendor document:
 *
 * <table>
 *   <caption>Connection fields per reader format</caption>
 *   <tr><th>format</th><th>source</th><th>destination</th><th>address, port</th></tr>
 *   <tr><td>cloudflare-gateway-network</td><td>SourceIP</td><td>DestinationIP:DestinationPort</td><td>DestinationIP, DestinationPort</td></tr>
 *   <tr><td>cloudflare-gateway-http</td><td>SourceIP</td><td>HTTPHost, else DestinationIP</td><td>DestinationIP, DestinationPort</td></tr>
 *   <tr><td>cloudflare-http-requests</td><td>ClientIP</td><td>ClientRequestHost</td><td>none</td></tr>
 *   <tr><td>cloudflare-firewall</td><td>ClientIP</td><td>ClientRequestHost</td><td>none</td></tr>
 *   <tr><td>web-access</td><td>c-ip</td><td>cs-host, else the request path</td><td>none</td></tr>
 * </table>
 *
 * @param principal the user the log names for the source (Gateway {@code Email}), or null
 */
record Connection(String source, String destination, String destinationIp, Integer port, String principal, Instant time,
    Origin origin, String logsource) {

  /** The connection an event records, or null when it records none (or lacks time, source or destination). */
  static Connection of(Event e) {
    if (e.time() == null) {
      return null;
    }
    JsonNode r = e.raw();
    return switch (e.logsource()) {
      case "cloudflare-gateway-network" -> make(text(r, "SourceIP"), join(text(r, "DestinationIP"), r.get("DestinationPort")),
          text(r, "DestinationIP"), port(r.get("DestinationPort")), text(r, "Email"), e);
      case "cloudflare-gateway-http" -> make(text(r, "SourceIP"), first(text(r, "HTTPHost"), text(r, "DestinationIP")),
          text(r, "DestinationIP"), port(r.get("DestinationPort")), text(r, "Email"), e);
      case "cloudflare-http-requests", "cloudflare-firewall" ->
          make(text(r, "ClientIP"), text(r, "ClientRequestHost"), null, null, null, e);
      case "web-access" -> make(text(r, "c-ip"), first(text(r, "cs-host"), text(r, "cs-uri-stem")), null, null,
          text(r, "cs-username"), e);
      default -> null;
    };
  }

  private static Connection make(String source, String destination, String ip, Integer port, String principal, Event e) {
    if (source == null || destination == null) {
      return null;
    }
    return new Connection(source, destination, ip, port, principal, e.time(), e.source(), e.logsource());
  }

  private static String text(JsonNode r, String field) {
    JsonNode v = r.get(field);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return null;
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }

  private static String join(String ip, JsonNode port) {
    if (ip == null) {
      return null;
    }
    Integer p = port(port);
    return p == null ? ip : ip.indexOf(':') >= 0 ? "[" + ip + "]:" + p : ip + ":" + p;
  }

  private static Integer port(JsonNode v) {
    if (v == null || !v.canConvertToInt() && !v.isTextual()) {
      return null;
    }
    if (v.isNumber()) {
      int p = v.asInt();
      return p > 0 && p <= 65535 ? p : null;
    }
    try {
      int p = Integer.parseInt(v.asText().strip());
      return p > 0 && p <= 65535 ? p : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
