package io.bulkhead.scenario;

import java.util.List;

/**
 * Cloudflare Access logins for one day ({@code access_requests}): each person's first visit of
 * the day to an Access-protected system, a few refusals (people outside a policy's group), and
 * the hourly non-identity logins of automation holding service tokens.
 */
final class AccessSource implements DaySource {
  static final String SINK = "access";
  final Rng rng;

  AccessSource(Org org, int day) {
    this.rng = Rng.of(org.seed, "access-render", day);
  }

  @Override
  public String group() {
    return "access";
  }

  @Override
  public void open(DayRun run) {
    run.sink(SINK, new Logpush(run.root, "cloudflare-access-requests",
        run.root.resolve("logs").resolve("cloudflare").resolve("access_requests"), Rng.of(run.org.seed, "logpush-access", run.day)));
  }

  @Override
  public void sessions(DayRun run, List<Session> out) {
    Org org = run.org;
    int[] order = {0};
    Plans.around(org, run.day, (p, plan) -> {
      login(run, out, order, p, plan, plan.jira(), Org.JIRA);
      login(run, out, order, p, plan, plan.wiki(), Org.WIKI);
      login(run, out, order, p, plan, plan.bitbucket(), Org.BITBUCKET);
      long other = plan.workStart() + (plan.workEnd() - plan.workStart()) / 3;
      if (p.role() == Person.Role.SRE || p.role() == Person.Role.IT || p.role() == Person.Role.SECURITY) {
        WebSource.add(run, out, order, other, (r, s, rng) -> r.push(person(s, p, plan, Org.DASH, true, r.org)));
        String host = org.apps.otherHosts[p.index() % org.apps.otherHosts.length];
        WebSource.add(run, out, order, other + 600_000, (r, s, rng) -> r.push(person(s, p, plan, host, true, r.org)));
      } else if (p.role() == Person.Role.ENGINEER && p.index() % 9 == plan.day() % 9) {
        // Someone outside the network team opens the network configuration tool: Access refuses.
        WebSource.add(run, out, order, other, (r, s, rng) -> r.push(person(s, p, plan, "netconfig.example.com", false, r.org)));
      }
    });
    for (long t = run.start + 7_000; t < run.end; t += 3_600_000L) {
      WebSource.add(run, out, order, t, (r, s, rng) -> r.push(token(s, r.org, Ledger.UPTIME_PROBE, Org.JIRA, 14061, "us", 77, "sfo")));
    }
    for (long t = run.start + 240_000; t < run.end; t += 3_600_000L) {
      WebSource.add(run, out, order, t, (r, s, rng) -> r.push(token(s, r.org, Ledger.SALESFORCE, Org.JIRA, 16509, "us", 300, "ash")));
    }
  }

  private static void login(DayRun run, List<Session> out, int[] order, Person p, DayPlan plan, long[] visits, String host) {
    if (visits.length > 0) {
      WebSource.add(run, out, order, visits[0] - 1_500, (r, s, rng) -> r.push(person(s, p, plan, host, true, r.org)));
    }
  }

  static AccessEvent person(long t, Person p, DayPlan plan, String host, boolean allowed, Org org) {
    AccessEvent e = new AccessEvent(t);
    e.allowed = allowed;
    e.host = host;
    e.appUuid = org.apps.idOf(host);
    e.addr = plan.addr();
    e.email = p.email();
    e.uid = p.accessUid();
    return e;
  }

  static AccessEvent token(long t, Org org, String credential, String host, int asn, String cc, int n, String place) {
    Geo.Isp isp = Geo.isp(asn, cc);
    AccessEvent e = new AccessEvent(t + (credential.hashCode() & 0xfff));
    e.host = host;
    e.appUuid = org.apps.idOf(host);
    e.addr = new Geo.Addr(isp.address(n), isp, Geo.place(place));
    e.connection = AccessEvent.NON_IDENTITY;
    return e;
  }
}
