package io.bulkhead.scenario;

import java.util.List;

/**
 * Cloudflare Gateway logs for one day: web and network traffic of people's enrolled laptops
 * (SaaS, code hosting, package registries; SSH to servers; a few blocks by the threat policy) and
 * the egress of servers that Gateway filters (the Atlassian servers fetching updates, CI runners
 * fetching packages).
 */
final class GatewaySource implements DaySource {
  static final String HTTP = "gateway-http";
  static final String NET = "gateway-net";
  static final String BLOCK_THREATS = "Block security threats";
  static final String BLOCK_CONSOLES = "Block non-production consoles";

  private static final String[] SAAS = {
    "slack.com", "app.slack.com", "www.google.com", "docs.google.com", "mail.google.com", "github.com",
    "api.github.com", "zoom.us", "example.okta.com", "app.datadoghq.com", "registry.npmjs.org", "pypi.org",
    "proxy.golang.org", "login.salesforce.com", "www.notion.so", "calendar.google.com", "stackoverflow.com",
    "developer.mozilla.org", "hub.docker.com", "pkg.go.dev"};
  private static final String[] BAD = {"free-vpn-download.xyz", "login-micros0ft.top", "cdn-tracker.click"};

  final Rng rng;
  final String threatPolicy;
  final String consolePolicy;

  GatewaySource(Org org, int day) {
    this.rng = Rng.of(org.seed, "gateway-render", day);
    Rng p = Rng.of(org.seed, "gateway-policies");
    this.threatPolicy = p.uuid();
    this.consolePolicy = p.uuid();
  }

  @Override
  public String group() {
    return "gateway";
  }

  @Override
  public void open(DayRun run) {
    var cf = run.root.resolve("logs").resolve("cloudflare");
    run.sink(HTTP, new Logpush(run.root, "cloudflare-gateway-http", cf.resolve("gateway_http"), Rng.of(run.org.seed, "logpush-gwh", run.day)));
    run.sink(NET, new Logpush(run.root, "cloudflare-gateway-network", cf.resolve("gateway_network"), Rng.of(run.org.seed, "logpush-gwn", run.day)));
  }

  static String destination(String host) {
    Geo.Isp isp = Geo.isp(16509, "us");
    return isp.address(Math.floorMod(host.hashCode(), 1000));
  }

  static GatewayEvent.Origin3 device(Person p, DayPlan plan) {
    return new GatewayEvent.Origin3(p.email(), p.accessUid(), p.deviceId(), p.deviceName(), plan.addr().ip(),
        "192.168." + (p.index() % 200 + 1) + "." + (p.index() * 7 % 250 + 2));
  }

  static GatewayEvent.Origin3 server(String ip) {
    return new GatewayEvent.Origin3("", "", "", "", ip, ip);
  }

  @Override
  public void sessions(DayRun run, List<Session> out) {
    int[] order = {0};
    Plans.around(run.org, run.day, (p, plan) -> {
      Rng r = Rng.of(run.org.seed, "gateway-bursts", p.index(), plan.day());
      int bursts = r.poisson(6);
      for (int i = 0; i < bursts; i++) {
        long t = plan.workStart() + (long) (r.nextDouble() * (plan.workEnd() - plan.workStart()));
        WebSource.add(run, out, order, t, (dr, s, rng) -> burst(dr, s, rng, p, plan));
      }
    });
    for (long t = run.start + 1_800_000; t < run.end; t += 3_600_000L) {
      WebSource.add(run, out, order, t, GatewaySource::atlassianEgress);
    }
    int fetches = run.org.scaled(3_000, 30);
    for (int i = 0; i < fetches; i++) {
      WebSource.add(run, out, order, run.start + (long) (run.rng.nextDouble() * TimeText.DAY), GatewaySource::runner);
    }
  }

  private static void burst(DayRun run, long start, Rng rng, Person p, DayPlan plan) {
    GatewaySource src = (GatewaySource) run.source;
    GatewayEvent.Origin3 from = device(p, plan);
    long t = start;
    int n = 2 + rng.poisson(3);
    for (int i = 0; i < n; i++) {
      String host = rng.pick(SAAS);
      GatewayEvent h = new GatewayEvent(t + rng.between(5, 400), true);
      h.from = from;
      h.host = host;
      h.destIp = destination(host);
      h.url = "https://" + host + "/" + (rng.chance(0.5) ? "" : rng.base36(8));
      h.ua = p.browser().raw();
      h.status = rng.chance(0.9) ? 200 : rng.chance(0.5) ? 304 : 302;
      if (rng.chance(0.004)) {
        h.host = rng.pick(BAD);
        h.url = "https://" + h.host + "/";
        h.destIp = destination(h.host);
        h.action = "block";
        h.status = 403;
        h.policyId = src.threatPolicy;
        h.policyName = BLOCK_THREATS;
      }
      run.push(h);
      GatewayEvent n4 = new GatewayEvent(t, false);
      n4.from = from;
      n4.host = h.host;
      n4.destIp = h.destIp;
      n4.transport = rng.chance(0.2) ? "udp" : "tcp";
      run.push(n4);
      t += rng.between(2_000, 90_000);
    }
    if (p.role() == Person.Role.SRE && rng.chance(0.03)) {
      // An SRE tries a non-production console out of habit; the policy refuses it, as it refused the intruder.
      GatewayEvent console = new GatewayEvent(t, false);
      console.from = from;
      console.destIp = Fleet.CONSOLE_IP;
      console.destPort = 22;
      console.action = "block";
      console.policyId = src.consolePolicy;
      console.policyName = BLOCK_CONSOLES;
      run.push(console);
      t += rng.between(2_000, 30_000);
    }
    if ((p.role() == Person.Role.SRE || p.role() == Person.Role.ENGINEER) && rng.chance(0.3)) {
      GatewayEvent ssh = new GatewayEvent(t, false);
      ssh.from = from;
      List<Fleet.Host> hosts = run.org.fleet.hosts;
      Fleet.Host target = hosts.get(8 + rng.nextInt(hosts.size() - 8));
      ssh.destIp = target.ip();
      ssh.destPort = 22;
      run.push(ssh);
    }
  }

  /** Jira and Confluence check the Marketplace and fetch updates, hourly. */
  private static void atlassianEgress(DayRun run, long start, Rng rng) {
    String[] hosts = {"marketplace.atlassian.com", "packages.atlassian.com"};
    String[] ips = {Fleet.ATLASSIAN_IP, Fleet.CONFLUENCE_IP};
    for (int i = 0; i < ips.length; i++) {
      GatewayEvent h = new GatewayEvent(start + i * 4_000L + rng.nextInt(3_000), true);
      h.from = server(ips[i]);
      h.host = hosts[rng.nextInt(2)];
      h.destIp = destination(h.host);
      h.url = "https://" + h.host + "/rest/2/addons/" + rng.base36(6) + "/versions/latest";
      h.ua = rng.chance(0.5) ? Agents.JAVA_HTTP : Agents.JAVA;
      run.push(h);
      GatewayEvent n = new GatewayEvent(h.t, false);
      n.from = h.from;
      n.host = h.host;
      n.destIp = h.destIp;
      run.push(n);
    }
  }

  private static void runner(DayRun run, long start, Rng rng) {
    String host = rng.pick(new String[] {"github.com", "registry.npmjs.org", "proxy.golang.org", "pypi.org", "hub.docker.com"});
    GatewayEvent h = new GatewayEvent(start, true);
    h.from = server(rng.pick(Fleet.RUNNER_IPS));
    h.host = host;
    h.destIp = destination(host);
    h.url = "https://" + host + "/" + rng.base36(10);
    h.ua = rng.pick(new String[] {Agents.GIT, Agents.GO, "npm/10.2.3 node/v20.9.0 linux x64 workspaces/false", "pip/23.3.1"});
    run.push(h);
  }
}
