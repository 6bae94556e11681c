package io.bulkhead.scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * Okta's System Log for one day, pulled from {@code /api/v1/logs} and saved one event a line.
 * People sign in (password, sign-on policy, MFA; now and then a mistyped password or a denied
 * push), open applications through SSO (Cloudflare Access among them, just before their first
 * visit to an Access-protected system), and sign out. IT administrators onboard new hires; the
 * SCIM connector's API token updates profiles every hour. The log shipper's page retries
 * duplicate a few lines.
 */
final class OktaSource implements DaySource {
  static final String SINK = "okta";
  private static final String[][] APPS = {
    {"0oa1slack7x9k2m4n5p6", "Slack"}, {"0oa1gws2b3c4d5e6f7g", "Google Workspace"},
    {"0oa1ghe8h9i0j1k2l3m", "GitHub Enterprise Cloud"}, {"0oa1aws4n5o6p7q8r9s", "AWS IAM Identity Center"},
    {"0oa1zoom0t1u2v3w4x5", "Zoom"}, {"0oa1sfdc6y7z8a9b0c1", "Salesforce"}, {"0oa1cfa2d3e4f5g6h7i", "Cloudflare Access"}};

  final Rng rng;

  OktaSource(Org org, int day) {
    this.rng = Rng.of(org.seed, "okta-render", day);
  }

  @Override
  public String group() {
    return "okta";
  }

  @Override
  public void open(DayRun run) {
    Path file = run.root.resolve("logs").resolve("okta").resolve("system-log-" + TimeText.isoDate(run.start) + ".json");
    run.sink(SINK, new Sink.Daily(run.root, "okta", file, Rng.of(run.org.seed, "okta-dupes", run.day), 0.0008));
  }

  @Override
  public void sessions(DayRun run, List<Session> out) {
    int[] order = {0};
    Plans.around(run.org, run.day, (p, plan) -> {
      for (int i = 0; i < plan.signIns().length; i++) {
        long t = plan.signIns()[i] - 30_000;
        boolean first = i == 0;
        WebSource.add(run, out, order, t, (r, s, rng) -> signIn(r, s, rng, p, plan, first));
      }
    });
    for (long t = run.start + 1_200_000; t < run.end; t += 3_600_000L) {
      WebSource.add(run, out, order, t, OktaSource::scimSync);
    }
    OktaAdmin.sessions(run, out, order);
  }

  private static void signIn(DayRun run, long start, Rng rng, Person p, DayPlan plan, boolean first) {
    String session = "102" + rng.base62(22);
    long t = start;
    if (rng.chance(0.03)) {
      OktaEvent typo = login(t, p, plan, session);
      typo.outcome("FAILURE", "INVALID_CREDENTIALS");
      typo.severity = "WARN";
      typo.legacyEventType = "core.user_auth.login_failed";
      typo.sessionId = "unknown";
      run.push(typo);
      t += rng.between(8_000, 40_000);
    }
    OktaEvent login = login(t, p, plan, session);
    login.credentialType = "PASSWORD";
    run.push(login);
    OktaEvent policy = base(t + rng.between(20, 80), "policy.evaluate_sign_on", p, plan, session);
    policy.displayMessage = "Evaluation of sign-on policy";
    policy.legacyEventType = null;
    policy.outcome("ALLOW", "Sign-on policy evaluation resulted in ALLOW");
    policy.targets = new String[] {"PolicyEntity", "00p1abvweGGDW10Ur4x6", "unknown", "Default Policy",
      "PolicyRule", "0pr1abvwfqGFI4n064x6", "00p1abvweGGDW10Ur4x6", "Require MFA"};
    run.push(policy);
    long mfa = t + rng.between(4_000, 20_000);
    if (rng.chance(0.01)) {
      OktaEvent deny = base(mfa, "user.mfa.okta_verify.deny_push", p, plan, session);
      deny.displayMessage = "User rejected Okta push verify";
      deny.outcome("FAILURE", "User rejected Okta push verify");
      deny.severity = "WARN";
      run.push(deny);
      mfa += rng.between(10_000, 30_000);
    }
    OktaEvent verify = base(mfa, "user.authentication.auth_via_mfa", p, plan, session);
    verify.displayMessage = "Authentication of user via MFA";
    verify.legacyEventType = "core.user.factor.attempt_success";
    verify.credentialType = rng.chance(0.7) ? "OTP" : "ASSERTION";
    verify.targets = new String[] {"AuthenticatorEnrollment", "pfd" + rng.base62(17), "unknown",
      verify.credentialType.equals("OTP") ? "Okta Verify" : "FIDO2 (WebAuthn)"};
    run.push(verify);
    long sso = mfa + rng.between(1_000, 5_000);
    if (first) {
      for (int a = 0; a < APPS.length; a++) {
        if (a == APPS.length - 1 || rng.chance(0.35)) {
          long at = a == APPS.length - 1 ? firstAccess(plan, sso) : sso + rng.between(0, 3_600_000);
          run.push(ssoEvent(at, p, plan, session, APPS[a]));
        }
      }
      // People open Slack, mail, Zoom and the rest from the Okta dashboard through the day.
      int launches = rng.poisson(5);
      for (int i = 0; i < launches; i++) {
        long at = sso + (long) (rng.nextDouble() * Math.max(60_000, plan.workEnd() - sso));
        run.push(ssoEvent(at, p, plan, session, APPS[rng.nextInt(APPS.length - 1)]));
      }
      if (rng.chance(0.4) && plan.workEnd() > t) {
        OktaEvent end = base(plan.workEnd(), "user.session.end", p, plan, session);
        end.displayMessage = "User logout from Okta";
        end.legacyEventType = "core.user_auth.logout_success";
        run.push(end);
      }
    }
  }

  /** The Cloudflare Access sign-in comes just before the first Access-protected visit of the day. */
  private static long firstAccess(DayPlan plan, long after) {
    long first = Long.MAX_VALUE;
    for (long[] ts : new long[][] {plan.jira(), plan.wiki(), plan.bitbucket()}) {
      if (ts.length > 0) {
        first = Math.min(first, ts[0]);
      }
    }
    return first == Long.MAX_VALUE ? after : Math.max(after, first - 2_500);
  }

  private static OktaEvent login(long t, Person p, DayPlan plan, String session) {
    OktaEvent e = base(t, "user.session.start", p, plan, session);
    e.displayMessage = "User login to Okta";
    e.legacyEventType = "core.user_auth.login_success";
    e.requestUri = "/idp/idx/identify";
    return e;
  }

  private static OktaEvent ssoEvent(long t, Person p, DayPlan plan, String session, String[] app) {
    OktaEvent e = base(t, "user.authentication.sso", p, plan, session);
    e.displayMessage = "User single sign on to app";
    e.legacyEventType = "app.auth.sso";
    e.requestUri = "/app/" + app[1].toLowerCase(java.util.Locale.ROOT).replace(' ', '_') + "/" + app[0] + "/sso/saml";
    e.targets = new String[] {"AppInstance", app[0], app[1].toLowerCase(java.util.Locale.ROOT).replace(' ', '_'), app[1]};
    return e;
  }

  static OktaEvent base(long t, String type, Person p, DayPlan plan, String session) {
    OktaEvent e = new OktaEvent(t, type).actor(p).browser(p.browser());
    e.addr = plan.addr();
    e.sessionId = session;
    return e;
  }

  /** The SCIM connector's hourly run: profile updates made through its API token. */
  private static void scimSync(DayRun run, long start, Rng rng) {
    Org org = run.org;
    Credential token = org.ledger.named(Ledger.SCIM_TOKEN);
    Person owner = org.admins().get(0);
    Geo.Isp isp = Geo.isp(16509, "us");
    Geo.Addr addr = new Geo.Addr(isp.address(512), isp, Geo.place("ash"));
    int n = 1 + rng.poisson(org.scaled(6, 1) * 0.5);
    for (int i = 0; i < n; i++) {
      Person who = org.people.get(rng.nextInt(org.people.size()));
      OktaEvent e = new OktaEvent(start + i * 900L + rng.nextInt(500), "user.account.update_profile").actor(owner);
      e.displayMessage = "Update user profile for Okta";
      e.legacyEventType = "core.user.config.profile_update_success";
      e.addr = addr;
      e.ua = Agents.OKTA_SDK;
      e.requestUri = "/api/v1/users/" + who.oktaId();
      e.apiTokenId = token.identifier("okta_api_token_id");
      e.targets = new String[] {"User", who.oktaId(), who.email(), who.displayName()};
      e.watch = token.id();
      run.push(e);
    }
  }
}
