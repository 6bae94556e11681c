package io.bulkhead.scenario;

import java.util.List;

/**
 * The Jira administration benign life does through the web, so that every kind of request the
 * intruder makes has ordinary counterparts: administrators creating new hires' accounts and
 * editing group memberships through the admin pages (at the times the audit log records),
 * signing in with a local account for maintenance, running ScriptRunner console scripts; the
 * status-page integration signing in over REST and checking {@code /rest/api/2/myself}; and the
 * edge refusing an engineer who opens a system outside their Access policy.
 */
final class AdminTraffic {
  private AdminTraffic() {}

  /** Days on which an administrator runs a ScriptRunner console script (housekeeping). */
  private static final int[] SCRIPT_DAYS = {2, 8, 16, 27};

  static void sessions(DayRun run, List<Session> out, int[] order) {
    Org org = run.org;
    for (Person hire : org.newHires()) {
      if (org.hireDay(hire) - 3 == run.day) {
        long created = AuditSource.onboardingAt(run.start, hire);
        WebSource.add(run, out, order, created - 60_000, (r, s, rng) -> onboarding(r, created, rng, hire));
      }
    }
    for (int d : org.adminGrantDays()) {
      if (d == run.day) {
        long at = run.start + AuditSource.GRANT_AT;
        WebSource.add(run, out, order, at - 60_000, (r, s, rng) -> grant(r, at, rng));
      }
    }
    for (int d : SCRIPT_DAYS) {
      if (d == run.day) {
        WebSource.add(run, out, order, run.start + 10 * 3_600_000L + 7 * 60_000L, AdminTraffic::script);
      }
    }
    Plans.around(org, run.day, (p, plan) -> {
      if (p.role() == Person.Role.ENGINEER && p.index() % 9 == plan.day() % 9) {
        long other = plan.workStart() + (plan.workEnd() - plan.workStart()) / 3;
        WebSource.add(run, out, order, other + 400, (r, s, rng) -> refused(r, s, p, plan));
      }
    });
  }

  private static WebReq.Client admin(DayRun run, Person admin) {
    DayPlan plan = DayPlan.of(run.org, admin, run.day);
    Geo.Addr a = plan.active() ? plan.addr() : admin.homeAddr();
    return new WebReq.Client(admin.username(), a, a.ip(), admin.browser().raw(), null, true,
        Plans.sessionId(run.org, "jira", admin, run.day, 7), true);
  }

  private static void jira(DayRun run, long appTime, WebReq.Client c, String method, String uri, int status, long bytes, int dur,
      String referer) {
    run.push(WebReq.atAppTime(appTime, WebReq.App.JIRA, c, method, uri, status, bytes, dur, referer));
  }

  private static void onboarding(DayRun run, long created, Rng rng, Person hire) {
    Person admin = run.org.admins().get(hire.index() % 2);
    WebReq.Client c = admin(run, admin);
    String home = "https://" + Org.JIRA;
    String browser = home + "/secure/admin/user/UserBrowser.jspa";
    jira(run, created - 41_000, c, "POST", "/secure/admin/WebSudoAuthenticate.jspa", 302, 0, rng.between(150, 400), browser);
    jira(run, created - 18_000, c, "GET", "/secure/admin/user/AddUser!default.jspa", 200, rng.between(38_000, 44_000), rng.between(120, 300), browser);
    jira(run, created, c, "POST", "/secure/admin/user/AddUser.jspa", 302, 0, rng.between(300, 900), home + "/secure/admin/user/AddUser!default.jspa");
    String page = "/secure/admin/user/EditUserGroups!default.jspa?name=" + hire.username();
    jira(run, created + 5_000, c, "GET", page, 200, rng.between(36_000, 40_000), rng.between(100, 250), browser);
    for (int i = 0; i < hire.groups().size(); i++) {
      jira(run, AuditSource.groupAddedAt(created, i) - 180, c, "POST", "/secure/admin/user/EditUserGroups.jspa", 302, 0,
          rng.between(200, 450), home + page);
    }
  }

  private static void grant(DayRun run, long at, Rng rng) {
    Person admin = run.org.admins().get(0);
    Person who = run.org.people.get(Math.min(run.org.people.size() - 1, 5 + run.day % 7));
    WebReq.Client c = admin(run, admin);
    WebReq.Client anon = new WebReq.Client(null, c.addr(), c.ip(), c.ua(), null, true, null, true);
    String home = "https://" + Org.JIRA;
    jira(run, at - 52_000, anon, "POST", "/login.jsp", 302, 0, rng.between(200, 400), home + "/login.jsp?os_destination=%2Fsecure%2Fadmin");
    String page = "/secure/admin/user/EditUserGroups!default.jspa?name=" + who.username();
    jira(run, at - 14_000, c, "GET", page, 200, rng.between(36_000, 40_000), rng.between(100, 250), home + "/secure/admin/user/UserBrowser.jspa");
    jira(run, at, c, "POST", "/secure/admin/user/EditUserGroups.jspa", 302, 0, rng.between(200, 450), home + page);
    // The same maintenance window: the local administrator account signs in to Confluence too.
    run.push(WebReq.atAppTime(at + 95_000, WebReq.App.WIKI, anon, "POST", "/dologin.action", 302, 0, rng.between(150, 350),
        "https://" + Org.WIKI + "/login.action"));
  }

  private static void script(DayRun run, long start, Rng rng) {
    Person admin = run.org.admins().get(1);
    WebReq.Client c = admin(run, admin);
    String home = "https://" + Org.JIRA;
    jira(run, start, c, "GET", "/plugins/servlet/scriptrunner/admin/console", 200, rng.between(50_000, 54_000), rng.between(200, 500),
        home + "/secure/admin/ViewApplicationProperties.jspa");
    jira(run, start + rng.between(20_000, 90_000), c, "POST", "/rest/scriptrunner/latest/user/exec/", 200, rng.between(120, 4_000),
        rng.between(300, 9_000), home + "/plugins/servlet/scriptrunner/admin/console");
  }

  /** Access refuses an engineer the network-configuration tool: the edge answers 403 itself. */
  private static void refused(DayRun run, long t, Person p, DayPlan plan) {
    WebReq.Client c = new WebReq.Client(null, plan.addr(), plan.addr().ip(), p.browser().raw(), null, true, null, true);
    WebReq r = new WebReq(t, WebReq.App.JIRA, c, "GET", "/", 403, 2_300, 1, null);
    r.edgeOnly = true;
    r.edgeHost = "netconfig.example.com";
    run.push(r);
  }
}
