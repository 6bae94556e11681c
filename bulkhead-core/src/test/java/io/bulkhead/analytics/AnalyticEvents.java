package io.bulkhead.analytics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bulkhead.event.Actor;
import io.bulkhead.event.Client;
import io.bulkhead.event.Credentials;
import io.bulkhead.event.Event;
import io.bulkhead.event.Origin;
import io.bulkhead.event.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Hand-written events for the analytics' tests: what the readers would make of real log lines. */
final class AnalyticEvents {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Instant T0 = Instant.parse("2023-11-01T00:00:00Z");

  private AnalyticEvents() {}

  static Instant day(double d) {
    return T0.plus(Duration.ofMillis((long) (d * 86_400_000L)));
  }

  /** A Cloudflare http_requests line carrying an Access service token, from {@code ip} in {@code asn}. */
  static Event token(String clientId, String ip, Long asn, Instant t, int line) {
    ObjectNode raw = JSON.createObjectNode().put("ClientIP", ip).put("ClientRequestHost", "jira.corp.test");
    return Event.builder("cloudflare-http-requests", new Origin("http_requests.log", line, 0), raw)
        .time(t).action("GET").outcome(Outcome.SUCCESS)
        .credential(Credentials.of(Credentials.CF_ACCESS_CLIENT_ID, clientId))
        .client(Client.of(ip, "python-requests/2.31.0", asn, null)).build();
  }

  /** A Jira access-log line by {@code user} from {@code ip}. */
  static Event access(String user, String ip, Instant t, int line, Outcome outcome) {
    ObjectNode raw = JSON.createObjectNode().put("c-ip", ip).put("cs-username", user).put("cs-uri-stem", "/rest/api/2/myself");
    return Event.builder("jira-access", new Origin("access_log.2023-11", line, 0), raw)
        .time(t).action("GET").outcome(outcome).actor(Actor.of(null, user, null))
        .client(Client.of(ip, "python-requests/2.31.0", null, null)).build();
  }

  /** A Cloudflare Gateway network session from {@code source} to {@code dest}:{@code port}. */
  static Event connection(String source, String dest, int port, Instant t, int line) {
    ObjectNode raw = JSON.createObjectNode().put("SourceIP", source).put("DestinationIP", dest).put("DestinationPort", port)
        .put("Action", "allow").put("Email", "").put("Transport", "tcp");
    return Event.builder("cloudflare-gateway-network", new Origin("gateway_network.log", line, 0), raw)
        .time(t).action("allow").outcome(Outcome.SUCCESS).client(Client.of(source, null, null, null)).build();
  }

  /** A Cloudflare Gateway HTTP request from {@code source} to {@code host}. */
  static Event http(String source, String host, String destIp, Instant t, int line) {
    ObjectNode raw = JSON.createObjectNode().put("SourceIP", source).put("HTTPHost", host).put("DestinationIP", destIp)
        .put("DestinationPort", 443).put("Email", "k.ng@corp.test").put("Action", "allow");
    return Event.builder("cloudflare-gateway-http", new Origin("gateway_http.log", line, 0), raw)
        .time(t).action("allow").outcome(Outcome.SUCCESS).client(Client.of(source, null, null, null)).build();
  }

  /**
   * Connections every {@code period} seconds with uniform jitter of {@code jitter} seconds either
   * way, {@code n} of them from {@code start}; lines numbered from {@code line}.
   */
  static List<Event> beacon(String source, String dest, int port, Instant start, int n, double period, double jitter,
      long seed, int line) {
    Random r = new Random(seed);
    List<Event> out = new ArrayList<>();
    double t = 0;
    for (int i = 0; i < n; i++) {
      out.add(connection(source, dest, port, start.plusMillis((long) (t * 1000)), line + i));
      t += period + (r.nextDouble() * 2 - 1) * jitter;
    }
    return out;
  }

  /** Runs one analytic over events and returns its alerts, finish included. */
  static <S> List<Alert> run(Analytic<S> a, S state, List<Event> events) {
    List<Alert> out = new ArrayList<>();
    for (Event e : events) {
      a.accept(state, e, out::add);
    }
    a.finish(state, out::add);
    return out;
  }

  static <S> List<Alert> run(Analytic<S> a, List<Event> events) {
    return run(a, a.newState(), events);
  }

  /** The events in a deterministic shuffled order. */
  static List<Event> shuffled(List<Event> events, long seed) {
    List<Event> copy = new ArrayList<>(events);
    java.util.Collections.shuffle(copy, new Random(seed));
    return copy;
  }
}
