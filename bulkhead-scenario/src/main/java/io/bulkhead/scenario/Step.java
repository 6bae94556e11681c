package io.bulkhead.scenario;

import io.bulkhead.event.Origin;

/**
 * One thing the intruder did, as planned, and where the logs show it once written. The answer
 * key is derived from steps whose lines were actually written ({@code primary} set), never from
 * the plan's intentions.
 *
 * @see Intrusion
 */
final class Step {
  /** What kind of act this is; the key builder groups by it. */
  enum Kind {
    OKTA_DENIED, ACCESS_DENIED, ACCESS_LOGIN, AWS_CALL, WEB, AUDIT, GATEWAY_HTTP, GATEWAY_NET, FIREWALL, CF_AUDIT
  }

  final Kind kind;
  /** The time the primary log writes (product clock for product logs). */
  final long at;
  /** Who acted: a user name, an e-mail, a credential's client id, a host. */
  final String principal;
  /** Compromised credential this act used (a ledger name), or null. */
  final String credential;
  /** Source address. */
  final String ip;
  /** What was done: an HTTP method and URL, an event name, an action. */
  final String action;
  /** The HTTP status, or 0. */
  final int status;
  /** The system acted on: jira, confluence, bitbucket, okta, cloudflare-access, aws, ... */
  final String system;
  /** Canonical id of the resource read, searched or changed (issue key, page id, project/slug, term), or null. */
  String resource;
  /** Whether the resource was read as a whole archive (Bitbucket archive download). */
  boolean archive;
  /** What the act amounts to for an investigation. */
  Act act = Act.OTHER;
  /** For the acts the timeline must show: the phase and a one-line summary; null otherwise. */
  String phase;
  String summary;
  /** Published indicators the written records carry (addresses, domains). */
  final java.util.List<String> iocs = new java.util.ArrayList<>();

  /** How an act counts: a read of content, a search, a change, an access check, a login, a refusal, beaconing. */
  enum Act {
    READ, SEARCH, CHANGE, CHECK, LOGIN, DENIED, C2, OTHER,
    /** Not the intruder's act: the defenders' containment, recorded for the timeline. */
    CONTAINMENT
  }

  Step act(Act a) {
    this.act = a;
    return this;
  }

  Step milestone(String phase, String summary) {
    this.phase = phase;
    this.summary = summary;
    return this;
  }

  Step ioc(String... values) {
    iocs.addAll(java.util.List.of(values));
    return this;
  }

  /** The line that shows the act in its primary log (the product's, the outgoing Bitbucket line). */
  Origin primary;
  /** The edge's record of the same request, when it passed the edge. */
  Origin edge;
  /** The times those records carry. */
  long primaryAt;
  long edgeAt;

  void wrote(Origin o, long t) {
    primary = o;
    primaryAt = t;
  }

  void wroteEdge(Origin o, long t) {
    edge = o;
    edgeAt = t;
  }

  Step(Kind kind, long at, String principal, String credential, String ip, String action, int status, String system) {
    this.kind = kind;
    this.at = at;
    this.principal = principal;
    this.credential = credential;
    this.ip = ip;
    this.action = action;
    this.status = status;
    this.system = system;
  }

  boolean written() {
    return primary != null;
  }

  boolean success() {
    return status == 0 || status >= 200 && status < 300 || status == 304;
  }

  @Override
  public String toString() {
    return kind + " " + TimeText.isoMillis(at) + " " + principal + " " + action + " " + status;
  }
}
