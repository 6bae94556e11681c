package io.bulkhead.scenario;

import io.bulkhead.event.Origin;
import java.io.IOException;
import java.util.List;

/**
 * Cloudflare's account and zone logs that are not traffic of the organisation's own people:
 * {@code firewall_events} (internet scanners probing the zone, refused by the managed WAF rules)
 * and {@code audit_logs} (administrators changing Access applications, policies, DNS records and
 * service tokens). Both small; both RFC 3339.
 */
final class EdgeSource implements DaySource {
  static final String FIREWALL = "firewall";
  static final String AUDIT = "cf-audit";
  private static final String[] PROBES = {
    "/wp-login.php", "/.env", "/.git/config", "/phpmyadmin/index.php", "/actuator/env", "/cgi-bin/luci/;stok=/locale",
    "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", "/owa/auth/logon.aspx", "/server-status", "/admin/config.php",
    "/secure/ContactAdministrators!default.jspa", "/rest/api/2/user/picker?query=a", "/s/lkj/_/;/META-INF/maven/com.atlassian.jira/jira-webapp-dist/pom.properties"};
  private static final String[] AUDIT_ACTIONS = {"update", "update", "create", "delete", "rotate"};
  private static final String[] RESOURCES = {"access_application", "access_policy", "dns_record", "access_service_token", "gateway_rule"};

  final Rng rng;

  EdgeSource(Org org, int day) {
    this.rng = Rng.of(org.seed, "edge-render", day);
  }

  @Override
  public String group() {
    return "edge";
  }

  @Override
  public void open(DayRun run) {
    var cf = run.root.resolve("logs").resolve("cloudflare");
    run.sink(FIREWALL, new Logpush(run.root, "cloudflare-firewall", cf.resolve("firewall_events"), Rng.of(run.org.seed, "logpush-fw", run.day)));
    run.sink(AUDIT, new Logpush(run.root, "cloudflare-audit", cf.resolve("audit_logs"), Rng.of(run.org.seed, "logpush-audit", run.day)));
  }

  @Override
  public void sessions(DayRun run, List<Session> out) {
    int[] order = {0};
    int scans = run.org.scaled(4_000, 40);
    for (int i = 0; i < scans; i++) {
      WebSource.add(run, out, order, run.start + (long) (run.rng.nextDouble() * TimeText.DAY), EdgeSource::scan);
    }
    int changes = Robots.weekend(run.day) ? run.org.scaled(8, 1) : run.org.scaled(60, 2);
    for (int i = 0; i < changes; i++) {
      Person admin = run.org.admins().get(i % 2);
      DayPlan plan = DayPlan.of(run.org, admin, run.day);
      long t = plan.active() ? plan.workStart() + (long) (run.rng.nextDouble() * (plan.workEnd() - plan.workStart()))
          : run.start + (long) (run.rng.nextDouble() * TimeText.DAY);
      WebSource.add(run, out, order, t, (r, s, rng) -> r.push(change(r, s, rng, admin, plan)));
    }
  }

  private static void scan(DayRun run, long start, Rng rng) {
    List<Geo.Isp> hosting = Geo.hosting();
    Geo.Isp isp = rng.pick(hosting);
    Geo.Place place = Geo.placesIn(isp.cc()).isEmpty() ? Geo.place("ams") : Geo.placesIn(isp.cc()).get(0);
    FirewallEvent e = new FirewallEvent(start);
    e.addr = new Geo.Addr(isp.address(rng.nextInt(1_000_000)), isp, place);
    e.host = rng.pick(new String[] {Org.JIRA, Org.WIKI, "www." + Org.ZONE, Org.ZONE});
    String probe = rng.pick(PROBES);
    int q = probe.indexOf('?');
    e.path = q < 0 ? probe : probe.substring(0, q);
    e.query = q < 0 ? "" : probe.substring(q);
    e.ua = rng.pick(new String[] {"Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)",
      "Mozilla/5.0 zgrab/0.x", "python-requests/2.28.2", Agents.PYTHON, "Go-http-client/1.1", "Fuzz Faster U Fool v2.1.0-dev",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36"});
    e.ruleId = rng.chance(0.5) ? "6179ae15870a4bb7b2d480d4843b323c" : "e3a567afc347477d9702d9047e97d760";
    e.source = "firewallManaged";
    run.push(e);
  }

  private static CfAuditEvent change(DayRun run, long t, Rng rng, Person admin, DayPlan plan) {
    CfAuditEvent e = new CfAuditEvent(t);
    int k = rng.nextInt(RESOURCES.length);
    e.actorEmail = admin.email();
    e.actorId = Rng.of(run.org.seed, "cf-user", admin.index()).hex(32);
    e.actorIp = plan.active() ? plan.addr().ip() : admin.homeAddr().ip();
    e.resourceType = RESOURCES[k];
    e.actionType = k == 3 ? (rng.chance(0.5) ? "token_rotate" : "token_create") : RESOURCES[k].replace("access_", "") + "_"
        + AUDIT_ACTIONS[rng.nextInt(3)];
    e.resourceId = rng.hex(32);
    e.metadata = "{\"name\":\"" + rng.pick(Names.TOPICS) + "\"}";
    return e;
  }

  /** A zone firewall event ({@code firewall_events}). */
  static final class FirewallEvent extends Ev {
    Geo.Addr addr;
    String host;
    String method = "GET";
    String path;
    String query = "";
    String ua;
    String ruleId;
    String source;
    String action = "block";
    Step step;

    FirewallEvent(long t) {
      super(t);
    }

    @Override
    boolean planted() {
      return step != null;
    }

    @Override
    void emit(DayRun run) throws IOException {
      Rng rng = ((EdgeSource) run.source).rng;
      Buf b = run.buf();
      b.open().s("Action", action).n("ClientASN", addr.isp().asn()).s("ClientASNDescription", addr.isp().org())
          .s("ClientCountry", addr.place().cc()).s("ClientIP", addr.ip()).s("ClientRequestHost", host)
          .s("ClientRequestMethod", method).s("ClientRequestPath", path).s("ClientRequestProtocol", "HTTP/1.1")
          .s("ClientRequestQuery", query).s("ClientRequestScheme", "https").s("ClientRequestUserAgent", ua).key("Datetime");
      TimeText.isoSeconds(b.ch('"'), t).ch('"');
      b.s("EdgeColoCode", addr.place().colo()).n("EdgeResponseStatus", 403).s("Kind", "firewall").n("MatchIndex", 0)
          .obj("Metadata").close().n("OriginResponseStatus", 0).s("OriginatorRayID", "00").s("RayID", rng.hex(16))
          .s("RuleID", ruleId).s("Source", source).close();
      Origin o = run.sink(FIREWALL).write(t, b, planted());
      if (step != null) {
        step.wrote(o, TimeText.seconds(t));
      }
    }
  }

  /** An account audit record ({@code audit_logs}). */
  static final class CfAuditEvent extends Ev {
    String actorEmail;
    String actorId;
    String actorIp;
    String actionType;
    String resourceType;
    String resourceId;
    String metadata = "{}";
    String newValue = "{}";
    Step step;

    CfAuditEvent(long t) {
      super(t);
    }

    @Override
    boolean planted() {
      return step != null;
    }

    @Override
    void emit(DayRun run) throws IOException {
      Rng rng = ((EdgeSource) run.source).rng;
      Buf b = run.buf();
      b.open().b("ActionResult", true).s("ActionType", actionType).s("ActorEmail", actorEmail).s("ActorID", actorId)
          .s("ActorIP", actorIp).s("ActorType", "user").s("ID", rng.uuid()).s("Interface", "UI").raw("Metadata", metadata)
          .raw("NewValue", newValue).raw("OldValue", "{}").s("OwnerID", run.org.cloudflareAccount)
          .s("ResourceID", resourceId).s("ResourceType", resourceType).key("When");
      TimeText.isoSeconds(b.ch('"'), t).ch('"');
      b.close();
      Origin o = run.sink(AUDIT).write(t, b, planted());
      if (step != null) {
        step.wrote(o, TimeText.seconds(t));
      }
    }
  }
}
