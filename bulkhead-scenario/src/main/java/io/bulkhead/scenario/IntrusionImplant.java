package io.bulkhead.scenario;

import static io.bulkhead.scenario.Intrusion.nov;

/**
 * 22 November: the Smartsheet account's Jira administration runs a script through ScriptRunner at
 * 14:18:22; the Atlassian server fetches the Sliver payload from idowall.com, then beacons to
 * 198.244.174.214 about once a minute; it tries the São Paulo console server and Gateway refuses.
 * From the 21:31 block on 23 November the beacons are refused, until the implant gives up at
 * 24 November 10:44:00, the last activity.
 */
final class IntrusionImplant {
  static final long LAST = nov(24, 10, 44, 0, 0);
  static final long BLOCK = nov(23, 21, 31, 0, 0);

  private final Intrusion x;
  private final Rng rng;

  IntrusionImplant(Intrusion x) {
    this.x = x;
    this.rng = Rng.of(x.org.seed, "intrusion-implant");
  }

  void plan() {
    x.tokenLogin(nov(22, 14, 17, 40, 0), x.addrA, Org.JIRA, true);
    WebReq.Client c = x.viaGateway(x.addrA, Ledger.SMARTSHEET, true, Rng.of(x.org.seed, "intruder-session", "ss-22").base36(7));
    x.web(WebReq.App.JIRA, nov(22, 14, 17, 44, 0), x.viaGateway(x.addrA, null, true, null), "POST", "/login.jsp", 302, 0, 260,
        null, Ledger.SMARTSHEET, Step.Act.LOGIN, null);
    x.web(WebReq.App.JIRA, nov(22, 14, 17, 52, 0), c, "GET", "/plugins/servlet/scriptrunner/admin/console", 200, 52_118, 340,
        "https://" + Org.JIRA + "/secure/admin/ViewApplicationProperties.jspa", Ledger.SMARTSHEET, Step.Act.OTHER, null);
    x.web(WebReq.App.JIRA, nov(22, 14, 18, 22, 0), c, "POST", "/rest/scriptrunner/latest/user/exec/", 200, 214, 2_870,
        "https://" + Org.JIRA + "/plugins/servlet/scriptrunner/admin/console", Ledger.SMARTSHEET, Step.Act.CHANGE, null)
        .milestone("persistence", "Runs a script through ScriptRunner for Jira with the Smartsheet account's administration");

    GatewayEvent download = new GatewayEvent(nov(22, 14, 18, 29, 0), true);
    download.from = GatewaySource.server(Fleet.ATLASSIAN_IP);
    download.host = Intrusion.PAYLOAD_DOMAIN;
    download.destIp = Geo.isp(14061, "us").address(401);
    download.url = "https://" + Intrusion.PAYLOAD_DOMAIN + "/update/" + Intrusion.PAYLOAD;
    download.ua = Agents.JAVA;
    download.downloaded = Intrusion.PAYLOAD;
    download.downloadedSize = 14_680_064;
    Step d = new Step(Step.Kind.GATEWAY_HTTP, download.t, Fleet.ATLASSIAN, null, Fleet.ATLASSIAN_IP,
        "GET " + download.url, 200, "cloudflare-gateway").act(Step.Act.C2).ioc(Intrusion.PAYLOAD_DOMAIN)
        .milestone("command-and-control", "The Atlassian server downloads the Sliver payload from idowall.com");
    download.step = d;
    x.plant("gateway", download, d);

    beacons();
    long[] attempts = {nov(22, 14, 31, 6, 0), nov(22, 14, 31, 19, 0), nov(22, 14, 33, 40, 0)};
    int[] ports = {22, 22, 443};
    for (int i = 0; i < attempts.length; i++) {
      GatewayEvent e = new GatewayEvent(attempts[i], false);
      e.from = GatewaySource.server(Fleet.ATLASSIAN_IP);
      e.destIp = Fleet.CONSOLE_IP;
      e.destPort = ports[i];
      e.action = "block";
      e.policyId = new GatewaySource(x.org, 0).consolePolicy;
      e.policyName = GatewaySource.BLOCK_CONSOLES;
      Step s = new Step(Step.Kind.GATEWAY_NET, e.t, Fleet.ATLASSIAN_IP, null, Fleet.ATLASSIAN_IP,
          "connect " + Fleet.CONSOLE_IP + ":" + ports[i], 403, "cloudflare-gateway").act(Step.Act.DENIED);
      if (i == 0) {
        s.milestone("lateral-movement", "The Atlassian server tries the Sao Paulo console server; Gateway refuses");
      }
      e.step = s;
      x.plant("gateway", e, s);
    }
  }

  private void beacons() {
    String policy = Rng.of(x.org.seed, "block-policy").uuid();
    long t = nov(22, 14, 18, 47, 0);
    boolean first = true;
    while (t < LAST - 20_000) {
      boolean blocked = t >= BLOCK;
      beacon(t, blocked, policy, first ? "Sliver beacons to 198.244.174.214" : null);
      first = false;
      t += blocked ? 47_600 + rng.between(-5_000, 5_000) : 60_000 + rng.between(-12_000, 12_000);
      if (!blocked && t >= BLOCK) {
        t = BLOCK + rng.between(20_000, 40_000);
      }
    }
    beacon(LAST, true, policy, "Last activity: the implant's last, refused, beacon");
  }

  private void beacon(long t, boolean blocked, String policy, String milestone) {
    GatewayEvent e = new GatewayEvent(t, false);
    e.from = GatewaySource.server(Fleet.ATLASSIAN_IP);
    e.destIp = Intrusion.C2;
    e.destPort = 443;
    if (blocked) {
      e.action = "block";
      e.policyId = policy;
      e.policyName = "Block actor infrastructure";
    }
    Step s = new Step(Step.Kind.GATEWAY_NET, t, Fleet.ATLASSIAN_IP, null, Fleet.ATLASSIAN_IP, "connect " + Intrusion.C2 + ":443",
        blocked ? 403 : 200, "cloudflare-gateway").act(Step.Act.C2).ioc(Intrusion.C2);
    if (milestone != null) {
      s.milestone("command-and-control", milestone);
    }
    e.step = s;
    x.plant("gateway", e, s);
  }
}
