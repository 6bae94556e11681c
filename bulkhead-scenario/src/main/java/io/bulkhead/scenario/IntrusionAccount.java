package io.bulkhead.scenario;

import static io.bulkhead.scenario.Intrusion.nov;

/**
 * 16 November 14:36:37: with the Smartsheet account's Jira administration, the intruder creates an
 * account named like any employee's and adds it to many groups, so that access survives the
 * Smartsheet account. Jira's audit log records each change; its access log records the admin
 * pages behind them.
 */
final class IntrusionAccount {
  private final Intrusion x;

  IntrusionAccount(Intrusion x) {
    this.x = x;
  }

  void plan(long websudo) {
    WebReq.Client c = x.viaGateway(x.addrA, Ledger.SMARTSHEET, true, Rng.of(x.org.seed, "intruder-session", "ss-16").base36(7));
    String admin = "https://" + Org.JIRA + "/secure/admin/user/UserBrowser.jspa";
    x.web(WebReq.App.JIRA, websudo, c, "POST", "/secure/admin/WebSudoAuthenticate.jspa", 302, 0, 240, admin, Ledger.SMARTSHEET,
        Step.Act.LOGIN, null);
    x.web(WebReq.App.JIRA, nov(16, 14, 36, 19, 0), c, "GET", "/secure/admin/user/AddUser!default.jspa", 200, 41_230, 180, admin,
        Ledger.SMARTSHEET, Step.Act.OTHER, null);
    long created = nov(16, 14, 36, 37, 0);
    x.web(WebReq.App.JIRA, created, c, "POST", "/secure/admin/user/AddUser.jspa", 302, 0, 612,
        "https://" + Org.JIRA + "/secure/admin/user/AddUser!default.jspa", Ledger.SMARTSHEET, Step.Act.CHANGE, x.newUser);
    AuditEvent e = audit(created, AuditEvent.JIRA_USER_CREATED).affect("USER", x.newJiraKey, x.newUser)
        .change("Username", "common.words.username", "", x.newUser)
        .change("Full name", "common.words.fullname", "", x.newName)
        .change("Email", "common.words.email", "", x.newEmail)
        .change("Active / Inactive", "admin.common.phrases.active.inactive", "", "Active");
    plant(e, "create-user", x.newUser).milestone("persistence",
        "Creates an account made to look like an employee's, with the Smartsheet service account");
    long t = created + 15_204;
    String groupsPage = "/secure/admin/user/EditUserGroups!default.jspa?name=" + x.newUser;
    x.web(WebReq.App.JIRA, t - 6_000, c, "GET", groupsPage, 200, 38_410, 150, admin, Ledger.SMARTSHEET, Step.Act.OTHER, null);
    boolean first = true;
    for (String g : Intrusion.NEW_GROUPS) {
      x.web(WebReq.App.JIRA, t, c, "POST", "/secure/admin/user/EditUserGroups.jspa", 302, 0, 310,
          "https://" + Org.JIRA + groupsPage, Ledger.SMARTSHEET, Step.Act.CHANGE, x.newUser);
      Step s = plant(audit(t + 180, AuditEvent.JIRA_ADDED_TO_GROUP).affect("GROUP", null, g).affect("USER", x.newJiraKey, x.newUser),
          "add-to-group", g);
      if (first) {
        s.milestone("persistence", "Adds the new account to many groups");
        first = false;
      }
      t += 6_000 + Math.floorMod(g.hashCode(), 9_000);
    }
  }

  private AuditEvent audit(long t, AuditEvent.Type type) {
    AuditEvent e = new AuditEvent(t, AuditSource.JIRA, type).author(Intrusion.SMARTSHEET_KEY, Ledger.SMARTSHEET);
    e.source = Intrusion.IP_A;
    return e;
  }

  private Step plant(AuditEvent e, String what, String resource) {
    Step s = new Step(Step.Kind.AUDIT, e.t, Ledger.SMARTSHEET, Ledger.SMARTSHEET, Intrusion.IP_A, what, 0, "jira")
        .act(Step.Act.CHANGE).ioc(Intrusion.IP_A);
    s.resource = resource;
    e.step = s;
    return x.plant("audit", e, s);
  }
}
