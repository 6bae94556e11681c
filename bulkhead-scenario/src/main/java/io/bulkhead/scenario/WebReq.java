package io.bulkhead.scenario;

import io.bulkhead.event.Origin;
import java.io.IOException;

/**
 * One HTTP request to Jira, Confluence or Bitbucket. A request from outside passes Cloudflare's
 * edge (a {@code http_requests} record at the edge's time) and reaches the product, which logs it
 * in its own access log on its own clock ({@code appTime}); a request from inside (CI, the
 * Atlassian server itself) reaches the product directly. Bitbucket logs an incoming line when the
 * request arrives and an outgoing one when it completes.
 */
final class WebReq extends Ev {
  /** The three products, their host names, and how far each server's clock is from the edge's. */
  enum App {
    JIRA(Org.JIRA, 1_180), WIKI(Org.WIKI, -730), BITBUCKET(Org.BITBUCKET, 290);

    final String host;
    final long skewMs;

    App(String host, long skewMs) {
      this.host = host;
      this.skewMs = skewMs;
    }
  }

  /**
   * Who sends the request: product user name (null when anonymous), address, agent, the Access
   * service token's client id sent as a header (or null), whether it passes the edge, and the
   * product session id (Jira ASESSIONID, Bitbucket session; null when none).
   */
  record Client(String user, Geo.Addr addr, String ip, String ua, String clientId, boolean edge, String session,
      boolean browser) {}

  final App app;
  final Client client;
  final String method;
  final String uri;
  final int status;
  final long bytes;
  final int durMs;
  final String referer;
  final long appTime;
  /** A watched credential this request uses, or null. */
  String watch;
  /** The intrusion step this request realises, or null. */
  Step step;
  /** For Bitbucket: the request id shared by the incoming and outgoing lines. */
  String requestId;
  /**
   * A request the edge answered itself (Access or a firewall rule refused it), logged only in
   * {@code http_requests}, for {@code edgeHost} when it is not one of the three products.
   */
  boolean edgeOnly;
  String edgeHost;

  /**
   * @param t the time the request reaches the edge (or the product, from inside)
   */
  WebReq(long t, App app, Client client, String method, String uri, int status, long bytes, int durMs,
      String referer) {
    super(t);
    this.app = app;
    this.client = client;
    this.method = method;
    this.uri = uri;
    this.status = status;
    this.bytes = bytes;
    this.durMs = durMs;
    this.referer = referer;
    this.appTime = t + app.skewMs + latency(client, uri);
  }

  /** The edge-to-origin latency: fixed per request shape, so a product time can be inverted exactly. */
  private static long latency(Client client, String uri) {
    return client.edge() ? 12 + uri.length() % 23 : 1;
  }

  /** A request whose product-side time is given exactly (the intrusion's anchors are product times). */
  static WebReq atAppTime(long appTime, App app, Client client, String method, String uri, int status, long bytes,
      int durMs, String referer) {
    long edge = appTime - app.skewMs - latency(client, uri);
    return new WebReq(edge, app, client, method, uri, status, bytes, durMs, referer);
  }

  /** Bytes the client sent: a body for writes and git negotiation, a few hundred for SSH. */
  long requestBytes() {
    if (ssh()) {
      return 123 + Math.floorMod(uri.hashCode(), 900);
    }
    return method.equals("POST") || method.equals("PUT") ? 180 + Math.floorMod(uri.hashCode(), 2400) : 0;
  }

  boolean ssh() {
    return method.equals("SSH");
  }

  @Override
  boolean planted() {
    return step != null;
  }

  @Override
  void emit(DayRun run) throws IOException {
    if (!planted() && (appTime < run.start || appEnd() >= run.end)) {
      return; // the product's clock puts it in another day's file: cut with the session
    }
    WebSource web = (WebSource) run.source;
    Origin edge = null;
    if (client.edge()) {
      edge = run.sink(WebSource.HTTP).write(t, HttpRequestsJson.render(run.buf(), this, web.rng), planted());
    }
    if (edgeOnly) {
      if (step != null) {
        step.wroteEdge(edge, t);
        step.wrote(edge, t);
      }
      return;
    }
    Origin line = switch (this.app) {
      case JIRA -> run.sink(WebSource.JIRA).write(appTime, AccessLines.jira(run.buf(), this, web.nextJiraId(appTime)), planted());
      case WIKI -> run.sink(WebSource.WIKI).write(appTime, AccessLines.confluence(run.buf(), this, web.thread()), planted());
      case BITBUCKET -> {
        requestId = web.nextBitbucketId(appTime);
        Origin in = run.sink(WebSource.BITBUCKET).write(appTime, AccessLines.bitbucket(run.buf(), this, false), planted());
        run.push(new Completion(this));
        yield in;
      }
    };
    if (watch != null) {
      run.used(watch, t, edge != null ? edge : line);
    }
    if (step != null) {
      if (edge != null) {
        step.wroteEdge(edge, t);
      }
      if (this.app != App.BITBUCKET) {
        step.wrote(line, TimeText.seconds(appTime)); // Tomcat's %t has no fraction
      }
    }
  }

  /** The host name the client asked for. */
  String host() {
    return edgeHost != null ? edgeHost : app.host;
  }

  /** The time the product finished the request. */
  long appEnd() {
    return appTime + durMs;
  }

  /** Bitbucket's outgoing line, written when the request completes. */
  static final class Completion extends Ev {
    private final WebReq req;

    Completion(WebReq req) {
      super(req.t + req.durMs);
      this.req = req;
    }

    @Override
    boolean planted() {
      return req.planted();
    }

    @Override
    void emit(DayRun run) throws IOException {
      Origin out = run.sink(WebSource.BITBUCKET).write(req.appEnd(), AccessLines.bitbucket(run.buf(), req, true), planted());
      if (req.step != null) {
        req.step.wrote(out, req.appEnd());
      }
    }
  }
}
