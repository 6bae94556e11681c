package io.bulkhead.scenario;

import static io.bulkhead.scenario.Intrusion.nov;

/**
 * 14 and 15 November: denied sign-ins to Okta and the dashboard, the Apps-marketplace AWS
 * account, then the Moveworks token through the gateway and the Smartsheet account on Jira and
 * Confluence.
 */
final class IntrusionRecon {
  private final Intrusion x;

  IntrusionRecon(Intrusion x) {
    this.x = x;
  }

  void plan() {
    okta(x.targetA, nov(14, 9, 22, 49, 0), true);
    okta(x.targetA, nov(14, 9, 23, 2, 540), false);
    okta(x.targetA, nov(14, 9, 24, 10, 118), false);
    okta(x.targetB, nov(14, 9, 26, 31, 771), false);
    okta(x.targetB, nov(14, 9, 27, 5, 302), false);
    dash(x.targetA, nov(14, 9, 31, 17, 0), true);
    dash(x.targetA, nov(14, 9, 31, 49, 0), false);
    dash(x.targetB, nov(14, 9, 33, 2, 0), false);
    aws();
    initialAccess();
  }

  private void okta(Person who, long t, boolean first) {
    OktaEvent e = new OktaEvent(t, "user.session.start").actor(who).browser(Intrusion.BROWSER);
    e.addr = x.addrA;
    e.displayMessage = "User login to Okta";
    e.legacyEventType = "core.user_auth.login_failed";
    e.outcome("FAILURE", "INVALID_CREDENTIALS");
    e.severity = "WARN";
    e.requestUri = "/idp/idx/identify";
    Step s = new Step(Step.Kind.OKTA_DENIED, t, who.email(), null, Intrusion.IP_A, "user.session.start", 401, "okta")
        .act(Step.Act.DENIED).ioc(Intrusion.IP_A);
    if (first) {
      s.milestone("reconnaissance", "Denied sign-ins to Okta from 193.142.58.126");
    }
    e.step = s;
    x.plant("okta", e, s);
  }

  private void dash(Person who, long t, boolean first) {
    AccessEvent e = new AccessEvent(t);
    e.allowed = false;
    e.host = Org.DASH;
    e.appUuid = x.org.apps.idOf(Org.DASH);
    e.addr = x.addrA;
    e.email = who.email();
    e.uid = "";
    Step s = new Step(Step.Kind.ACCESS_DENIED, t, who.email(), null, Intrusion.IP_A, "login " + Org.DASH, 403, "cloudflare-access")
        .act(Step.Act.DENIED).ioc(Intrusion.IP_A);
    if (first) {
      s.milestone("reconnaissance", "Denied sign-in to the dashboard");
    }
    e.step = s;
    x.plant("access", e, s);
  }

  private void aws() {
    Object[][] calls = {
      {nov(14, 9, 41, 55, 0), "sts", "GetCallerIdentity", null}, {nov(14, 9, 42, 31, 0), "iam", "ListUsers", "iam:ListUsers"},
      {nov(14, 9, 43, 10, 0), "s3", "ListBuckets", null}, {nov(14, 9, 43, 48, 0), "ec2", "DescribeInstances", null},
      {nov(14, 9, 44, 20, 0), "iam", "GetAccountAuthorizationDetails", "iam:GetAccountAuthorizationDetails"},
      {nov(14, 9, 45, 2, 0), "iam", "ListRoles", "iam:ListRoles"},
      {nov(14, 9, 46, 37, 0), "secretsmanager", "ListSecrets", "secretsmanager:ListSecrets"},
      {nov(14, 9, 47, 15, 0), "lambda", "ListFunctions20150331", null},
      {nov(14, 9, 48, 40, 0), "s3", "GetBucketPolicy", "s3:GetBucketPolicy"},
      {nov(14, 21, 5, 12, 0), "sts", "GetCallerIdentity", null}, {nov(14, 21, 6, 3, 0), "s3", "ListBuckets", null},
      {nov(14, 21, 9, 44, 0), "ec2", "DescribeSecurityGroups", null},
      {nov(15, 7, 50, 26, 0), "sts", "GetCallerIdentity", null}};
    boolean first = true;
    for (Object[] c : calls) {
      long t = (Long) c[0];
      String name = (String) c[2];
      String denied = (String) c[3];
      CloudTrailEvent e = CloudTrailEvent.iamUser(t, Org.AWS_MARKETPLACE_ACCOUNT, "us-east-1", Ledger.AWS_MARKETPLACE,
          x.aws.identifier("aws_access_key_id")).call((String) c[1], name, true);
      e.sourceIp = Intrusion.IP_A;
      e.ua = Agents.AWS_CLI + " command/" + c[1] + "." + Agents.cliCommand(name);
      if (denied != null) {
        e.errorCode = "AccessDenied";
        e.errorMessage = "User: arn:aws:iam::" + Org.AWS_MARKETPLACE_ACCOUNT + ":user/" + Ledger.AWS_MARKETPLACE
            + " is not authorized to perform: " + denied + " because no identity-based policy allows the " + denied + " action";
      }
      Step s = new Step(Step.Kind.AWS_CALL, t, Ledger.AWS_MARKETPLACE, Ledger.AWS_MARKETPLACE, Intrusion.IP_A, name,
          denied == null ? 200 : 403, "aws").act(denied == null ? Step.Act.CHECK : Step.Act.DENIED).ioc(Intrusion.IP_A);
      if (first) {
        s.milestone("initial-access", "Apps-marketplace AWS account used with its access key");
        first = false;
      }
      e.step = s;
      x.plant("cloudtrail", e, s);
    }
  }

  private void initialAccess() {
    var jira = WebReq.App.JIRA;
    var wiki = WebReq.App.WIKI;
    x.tokenLogin(nov(15, 16, 28, 38, 0), x.addrA, Org.JIRA, true)
        .milestone("initial-access", "Moveworks service token authenticates through the gateway");
    WebReq.Client anon = x.viaGateway(x.addrA, null, false, null);
    // The first request through the gateway reaches Jira at 16:28:39 on Jira's clock (the edge saw it at :38).
    x.web(jira, nov(15, 16, 28, 39, 500), anon, "GET", "/rest/api/2/myself", 401, 300, 9, null, Ledger.MOVEWORKS, Step.Act.CHECK, null);
    WebReq.Client ss = x.viaGateway(x.addrA, Ledger.SMARTSHEET, false, session("ss-15"));
    x.web(jira, nov(15, 16, 28, 51, 0), ss, "POST", "/rest/auth/1/session", 200, 412, 210, null, Ledger.SMARTSHEET, Step.Act.LOGIN, null)
        .milestone("initial-access", "Smartsheet service account signs in to Jira");
    x.web(jira, nov(15, 16, 29, 5, 0), ss, "GET", "/rest/api/2/myself", 200, 1_184, 31, null, Ledger.SMARTSHEET, Step.Act.CHECK, null);
    x.web(jira, nov(15, 16, 29, 40, 0), ss, "GET", "/secure/Dashboard.jspa", 200, 81_204, 410, null, Ledger.SMARTSHEET,
        Step.Act.OTHER, null);
    x.tokenLogin(nov(15, 16, 41, 9, 0), x.addrA, Org.WIKI, true);
    WebReq.Client ssWiki = x.viaGateway(x.addrA, Ledger.SMARTSHEET, false, null);
    x.web(wiki, nov(15, 16, 41, 12, 0), x.viaGateway(x.addrA, null, false, null), "POST", "/dologin.action", 302, 0, 188, null,
        Ledger.SMARTSHEET, Step.Act.LOGIN, null);
    x.web(wiki, nov(15, 16, 41, 15, 0), ssWiki, "GET", "/rest/api/user/current", 200, 640, 22, null, Ledger.SMARTSHEET, Step.Act.CHECK, null);
    x.web(wiki, nov(15, 16, 42, 3, 0), ssWiki, "GET", "/index.action", 200, 62_118, 640, null, Ledger.SMARTSHEET,
        Step.Act.OTHER, null);
  }

  String session(String name) {
    return Rng.of(x.org.seed, "intruder-session", name).base36(7);
  }
}
