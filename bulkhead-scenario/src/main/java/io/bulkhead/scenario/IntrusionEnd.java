package io.bulkhead.scenario;

import static io.bulkhead.scenario.Intrusion.nov;

/**
 * 23 and 24 November: from the Atlassian server, the Bitbucket account views 120 repositories and
 * downloads 76 of them as archives; at 15:58 the Smartsheet account is added to
 * jira-administrators (the change that raises the 16:00 alert); the security team disables the
 * Smartsheet account at 16:35 and the created account at 17:23, and blocks the intruder's known
 * addresses at 21:31. The intruder's later attempts are refused.
 */
final class IntrusionEnd {
  private final Intrusion x;
  private final Rng rng;

  IntrusionEnd(Intrusion x) {
    this.x = x;
    this.rng = Rng.of(x.org.seed, "intrusion-end");
  }

  void plan() {
    repositories();
    adminGroup();
    containment();
    afterwards();
  }

  private void repositories() {
    WebReq.Client c = x.fromServer(Ledger.BITBUCKET, Rng.of(x.org.seed, "intruder-session", "bb-23").base36(7));
    long t = nov(23, 9, 47, 12, 0);
    boolean firstArchive = true;
    int n = 0;
    for (Catalogue.Repo r : x.targets.repos) {
      String id = r.id();
      Step view = x.web(WebReq.App.BITBUCKET, t, c, "GET", Urls.repoRest(r, "1.0"), 200, rng.between(900, 2_400), rng.between(15, 90),
          null, Ledger.BITBUCKET, Step.Act.READ, id);
      if (n == 0) {
        view.milestone("collection", "Views repositories from the Atlassian server with the Bitbucket service account");
      }
      t += rng.between(1_500, 6_000);
      x.web(WebReq.App.BITBUCKET, t, c, "GET", Urls.repoRest(r, "1.0") + "/browse?limit=1000", 200, rng.between(3_000, 60_000),
          rng.between(40, 600), null, Ledger.BITBUCKET, Step.Act.READ, id);
      t += rng.between(2_000, 9_000);
      if (x.targets.archived.contains(r)) {
        long size = (long) rng.logNormal(9_000_000, 1.1);
        int dur = (int) Math.min(240_000, 300 + size / 3_500);
        Step a = x.web(WebReq.App.BITBUCKET, t, c, "GET", Urls.repoRest(r, "latest") + "/archive?format=zip", 200, size, dur,
            null, Ledger.BITBUCKET, Step.Act.READ, id);
        a.archive = true;
        if (firstArchive) {
          a.milestone("exfiltration", "Downloads repositories as archives onto the Atlassian server");
          firstArchive = false;
        }
        t += dur + rng.between(2_000, 8_000);
      }
      if (n == 40 || n == 95) {
        x.web(WebReq.App.BITBUCKET, t, c, "GET", "/rest/api/1.0/projects/" + r.project() + "/repos/" + r.slug() + "-old", 404, 182,
            rng.between(5, 30), null, Ledger.BITBUCKET, Step.Act.OTHER, null);
        t += rng.between(3_000, 9_000);
      }
      t += rng.between(30_000, 90_000);
      n++;
    }
    if (t > nov(23, 15, 50, 0, 0)) {
      throw new IllegalStateException("repository reads ran to " + TimeText.isoMillis(t));
    }
  }

  private void adminGroup() {
    x.tokenLogin(nov(23, 15, 57, 30, 0), x.addrA, Org.JIRA, true);
    WebReq.Client c = x.viaGateway(x.addrA, Ledger.SMARTSHEET, true, Rng.of(x.org.seed, "intruder-session", "ss-23").base36(7));
    x.web(WebReq.App.JIRA, nov(23, 15, 57, 36, 0), x.viaGateway(x.addrA, null, true, null), "POST", "/login.jsp", 302, 0, 250, null,
        Ledger.SMARTSHEET, Step.Act.LOGIN, null);
    String page = "/secure/admin/user/EditUserGroups!default.jspa?name=" + Ledger.SMARTSHEET;
    x.web(WebReq.App.JIRA, nov(23, 15, 57, 45, 0), c, "GET", page, 200, 38_220, 160, null, Ledger.SMARTSHEET, Step.Act.OTHER, null);
    long at = nov(23, 15, 58, 0, 0);
    x.web(WebReq.App.JIRA, at, c, "POST", "/secure/admin/user/EditUserGroups.jspa", 302, 0, 290, "https://" + Org.JIRA + page,
        Ledger.SMARTSHEET, Step.Act.CHANGE, Ledger.SMARTSHEET);
    AuditEvent e = new AuditEvent(at, AuditSource.JIRA, AuditEvent.JIRA_ADDED_TO_GROUP)
        .author(Intrusion.SMARTSHEET_KEY, Ledger.SMARTSHEET).affect("GROUP", null, "jira-administrators")
        .affect("USER", Intrusion.SMARTSHEET_KEY, Ledger.SMARTSHEET);
    e.source = Intrusion.IP_A;
    Step s = new Step(Step.Kind.AUDIT, at, Ledger.SMARTSHEET, Ledger.SMARTSHEET, Intrusion.IP_A, "add-to-group", 0, "jira")
        .act(Step.Act.CHANGE).ioc(Intrusion.IP_A)
        .milestone("privilege-escalation", "Adds the Smartsheet service account to jira-administrators");
    s.resource = "jira-administrators";
    e.step = s;
    x.plant("audit", e, s);
  }

  private void containment() {
    Person soc = x.org.socAnalyst();
    String src = Staff.office("sfo").ip();
    disable(nov(23, 16, 35, 14, 208), soc, src, Intrusion.SMARTSHEET_KEY, Ledger.SMARTSHEET,
        "The security team disables the Smartsheet service account");
    disable(nov(23, 17, 23, 5, 412), soc, src, x.newJiraKey, x.newUser, "The security team disables the account the intruder created");
    cfAudit(nov(23, 21, 31, 0, 0), soc, src, "firewall_rule", "{\"rule_name\":\"block actor infrastructure\"}",
        "{\"action\":\"block\",\"expression\":\"ip.src in {" + Intrusion.IP_A + " " + Intrusion.C2 + "}\"}",
        "Firewall rules block the intruder's known addresses");
    cfAudit(nov(23, 21, 31, 41, 0), soc, src, "gateway_rule", "{\"rule_name\":\"Block actor infrastructure\"}",
        "{\"action\":\"block\",\"traffic\":\"net.dst.ip in {" + Intrusion.C2 + " " + Intrusion.IP_A + "}\"}", null);
  }

  private void disable(long t, Person soc, String src, String key, String user, String summary) {
    AuditEvent e = new AuditEvent(t, AuditSource.JIRA, AuditEvent.JIRA_USER_UPDATED).author(soc.jiraKey(), soc.username())
        .affect("USER", key, user).change("Active / Inactive", "admin.common.phrases.active.inactive", "Active", "Inactive");
    e.source = src;
    Step s = new Step(Step.Kind.AUDIT, t, soc.username(), null, src, "deactivate " + user, 0, "jira")
        .act(Step.Act.CONTAINMENT).milestone("containment", summary);
    s.resource = user;
    e.step = s;
    x.plant("audit", e, s);
  }

  private void cfAudit(long t, Person soc, String src, String type, String metadata, String value, String summary) {
    EdgeSource.CfAuditEvent e = new EdgeSource.CfAuditEvent(t);
    e.actorEmail = soc.email();
    e.actorId = Rng.of(x.org.seed, "cf-user", soc.index()).hex(32);
    e.actorIp = src;
    e.actionType = "rule_create";
    e.resourceType = type;
    e.resourceId = Rng.of(x.org.seed, "block-rule", type).hex(32);
    e.metadata = metadata;
    e.newValue = value;
    Step s = new Step(Step.Kind.CF_AUDIT, t, soc.email(), null, src, "rule_create " + type, 0, "cloudflare")
        .act(Step.Act.CONTAINMENT).ioc(Intrusion.IP_A, Intrusion.C2);
    if (summary != null) {
      s.milestone("containment", summary);
    }
    e.step = s;
    x.plant("edge", e, s);
  }

  /** Attempts after containment: refused sign-ins, and requests the new firewall rule blocks. */
  private void afterwards() {
    WebReq.Client anonA = x.viaGateway(x.addrA, null, false, null);
    x.web(WebReq.App.JIRA, nov(23, 16, 48, 3, 0), anonA, "POST", "/rest/auth/1/session", 401, 310, 180, null, Ledger.SMARTSHEET,
        Step.Act.DENIED, null);
    x.tokenLogin(nov(23, 16, 51, 6, 0), x.addrB, Org.JIRA, true);
    x.web(WebReq.App.JIRA, nov(23, 16, 51, 12, 0), x.viaGateway(x.addrB, x.newUser, false, null), "GET", "/rest/api/2/myself", 200,
        1_190, 28, null, x.newUser, Step.Act.CHECK, null);
    x.web(WebReq.App.JIRA, nov(23, 17, 40, 33, 0), x.viaGateway(x.addrB, null, false, null), "POST", "/rest/auth/1/session", 401, 310,
        170, null, x.newUser, Step.Act.DENIED, null);
    String rule = Rng.of(x.org.seed, "block-rule", "firewall_rule").hex(32);
    long[] blocked = {nov(23, 22, 5, 17, 0), nov(24, 1, 12, 40, 0), nov(24, 6, 33, 5, 0)};
    for (long t : blocked) {
      EdgeSource.FirewallEvent f = new EdgeSource.FirewallEvent(t);
      f.addr = x.addrA;
      f.host = Org.JIRA;
      f.path = "/rest/api/2/myself";
      f.ua = Agents.PYTHON;
      f.ruleId = rule;
      f.source = "firewallrules";
      Step s = new Step(Step.Kind.FIREWALL, t, null, null, Intrusion.IP_A, "GET /rest/api/2/myself", 403, "cloudflare")
          .act(Step.Act.DENIED).ioc(Intrusion.IP_A);
      f.step = s;
      x.plant("edge", f, s);
    }
    x.tokenLogin(nov(24, 8, 12, 40, 0), x.addrB, Org.JIRA, true);
    x.web(WebReq.App.JIRA, nov(24, 8, 12, 44, 0), x.viaGateway(x.addrB, null, false, null), "GET", "/rest/api/2/myself", 401, 300, 11,
        null, x.newUser, Step.Act.DENIED, null);
  }
}
