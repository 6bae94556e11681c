package io.bulkhead.scenario;

import java.util.List;

/**
 * What Okta administrators do in the month: create and activate the accounts of new hires the
 * Friday before they start and add them to their groups, and grant an administrator role now and
 * then (a legitimate change that looks like privilege escalation).
 */
final class OktaAdmin {
  private OktaAdmin() {}

  static void sessions(DayRun run, List<Session> out, int[] order) {
    Org org = run.org;
    for (Person hire : org.newHires()) {
      if (org.hireDay(hire) - 3 == run.day) {
        long t = run.start + 17 * 3_600_000L + hire.index() % 60 * 60_000L;
        WebSource.add(run, out, order, t, (r, s, rng) -> onboard(r, s, rng, hire));
      }
    }
    for (int d : org.adminGrantDays()) {
      if (d == run.day) {
        long t = run.start + 15 * 3_600_000L + 17 * 60_000L;
        WebSource.add(run, out, order, t, OktaAdmin::grant);
      }
    }
    if (run.day == 8) {
      WebSource.add(run, out, order, run.start + 11 * 3_600_000L + 42 * 60_000L, OktaAdmin::apiToken);
    }
  }

  private static OktaEvent byAdmin(DayRun run, long t, String type, Person admin) {
    DayPlan plan = DayPlan.of(run.org, admin, run.day);
    OktaEvent e = new OktaEvent(t, type).actor(admin).browser(admin.browser());
    e.addr = plan.active() ? plan.addr() : admin.homeAddr();
    e.sessionId = Plans.sessionId(run.org, "okta", admin, run.day, 22);
    e.sessionId = "102" + e.sessionId;
    return e;
  }

  private static void onboard(DayRun run, long start, Rng rng, Person hire) {
    Person admin = run.org.admins().get(hire.index() % 2);
    String[] target = {"User", hire.oktaId(), hire.email(), hire.displayName()};
    OktaEvent create = byAdmin(run, start, "user.lifecycle.create", admin);
    create.displayMessage = "Create Okta user";
    create.legacyEventType = "core.user.config.user_creation.success";
    create.requestUri = "/api/v1/users";
    create.targets = target;
    run.push(create);
    OktaEvent activate = byAdmin(run, start + rng.between(2_000, 9_000), "user.lifecycle.activate", admin);
    activate.displayMessage = "Activate Okta user";
    activate.legacyEventType = "core.user.config.user_activated";
    activate.requestUri = "/api/v1/users/" + hire.oktaId() + "/lifecycle/activate";
    activate.targets = target;
    run.push(activate);
    long t = start + 20_000;
    for (String g : hire.groups()) {
      OktaEvent add = byAdmin(run, t, "group.user_membership.add", admin);
      add.displayMessage = "Add user to group membership";
      add.legacyEventType = "core.user_group_member.user_add";
      add.requestUri = "/api/v1/groups/00g" + Integer.toHexString(g.hashCode()) + "/users/" + hire.oktaId();
      add.targets = new String[] {"User", hire.oktaId(), hire.email(), hire.displayName(),
        "UserGroup", "00g" + Rng.of(run.org.seed, "okta-group", g).base62(17), "unknown", g};
      run.push(add);
      t += rng.between(3_000, 15_000);
    }
  }

  /** An administrator creates an API token for a new integration (and revokes the one it replaces). */
  private static void apiToken(DayRun run, long start, Rng rng) {
    Person admin = run.org.admins().get(1);
    OktaEvent create = byAdmin(run, start, "system.api_token.create", admin);
    create.displayMessage = "Create API token";
    create.legacyEventType = "api.token.create";
    create.requestUri = "/api/internal/tokens";
    create.targets = new String[] {"Token", "00T" + rng.base62(17), "unknown", "jira-provisioning"};
    run.push(create);
    OktaEvent revoke = byAdmin(run, start + rng.between(60_000, 300_000), "system.api_token.revoke", admin);
    revoke.displayMessage = "Revoke API token";
    revoke.legacyEventType = "api.token.revoke";
    revoke.requestUri = "/api/internal/tokens";
    revoke.targets = new String[] {"Token", "00T" + rng.base62(17), "unknown", "jira-provisioning-old"};
    run.push(revoke);
  }

  private static void grant(DayRun run, long start, Rng rng) {
    Person admin = run.org.admins().get(0);
    Person who = run.org.people.get(Math.min(run.org.people.size() - 1, 5 + run.day % 7));
    OktaEvent e = byAdmin(run, start, "user.account.privilege.grant", admin);
    e.displayMessage = "Grant user privilege";
    e.legacyEventType = "core.user.admin_privilege.granted";
    e.requestUri = "/api/v1/users/" + who.oktaId() + "/roles";
    e.targets = new String[] {"User", who.oktaId(), who.email(), who.displayName()};
    run.push(e);
  }
}
