package io.bulkhead.scenario;

/** The routine changes of the Atlassian audit logs: projects, spaces, repositories, tokens, leavers. */
final class AuditChanges {
  private AuditChanges() {}

  private static Person someone(DayRun run, Rng rng) {
    return run.org.people.get(rng.nextInt(run.org.people.size()));
  }

  static void project(DayRun run, long t, Rng rng) {
    Person admin = run.org.admins().get(rng.nextInt(2));
    String key = run.org.catalogue.jiraProject(rng) + rng.between(2, 9);
    run.push(AuditSource.jira(t, AuditEvent.JIRA_PROJECT_CREATED, admin, AuditSource.source(run, admin))
        .affect("PROJECT", String.valueOf(10_000 + rng.nextInt(90_000)), key)
        .change("Name", "common.words.name", "", rng.pick(Names.TOPICS) + " " + rng.pick(Names.TITLE_WORDS))
        .change("Key", "common.concepts.key", "", key));
    run.push(AuditSource.jira(t + rng.between(1_000, 5_000), AuditEvent.JIRA_SCHEME_UPDATED, admin, AuditSource.source(run, admin))
        .affect("SCHEME", String.valueOf(10_000 + rng.nextInt(500)), "Default software scheme")
        .change("Permission", "admin.common.words.permission", "", "Browse Projects"));
  }

  static void jiraToken(DayRun run, long t, Rng rng) {
    Person p = someone(run, rng);
    run.push(AuditSource.jira(t, AuditEvent.JIRA_PAT_CREATED, p, AuditSource.source(run, p)).affect("User", p.jiraKey(), p.username()));
  }

  static void space(DayRun run, long t, Rng rng) {
    Person p = someone(run, rng);
    String key = rng.pick(run.org.catalogue.spaces) + rng.between(2, 9);
    run.push(AuditSource.wiki(run.org, t, AuditEvent.WIKI_SPACE_CREATED, p, AuditSource.source(run, p))
        .affect("Space", String.valueOf(98_000 + rng.nextInt(900_000)), key));
  }

  static void spacePermission(DayRun run, long t, Rng rng) {
    Person p = someone(run, rng);
    String space = rng.pick(run.org.catalogue.spaces);
    run.push(AuditSource.wiki(run.org, t, AuditEvent.WIKI_SPACE_PERMISSION, p, AuditSource.source(run, p))
        .affect("Space", String.valueOf(98_000 + Math.floorMod(space.hashCode(), 900_000)), space)
        .change("Group", "Group", null, rng.pick(new String[] {"engineering", "sre", "support", "security"}))
        .change("Type", "Type", null, rng.pick(new String[] {"VIEWSPACE", "EDITSPACE", "COMMENT"})));
  }

  static void repository(DayRun run, long t, Rng rng) {
    Person p = someone(run, rng);
    Catalogue.Repo r = run.org.catalogue.repo(rng);
    run.push(AuditSource.bitbucket(t, AuditEvent.BB_REPO_CREATED, p, AuditSource.source(run, p))
        .affect("REPOSITORY", String.valueOf(20_000 + rng.nextInt(20_000)), r.slug() + "-" + rng.base36(3)));
  }

  static void bitbucketToken(DayRun run, long t, Rng rng) {
    Person p = someone(run, rng);
    run.push(AuditSource.bitbucket(t, AuditEvent.BB_PAT_CREATED, p, AuditSource.source(run, p))
        .affect("USER", String.valueOf(p.bitbucketId()), p.username()));
  }

  static void leaver(DayRun run, long t, Rng rng) {
    Person admin = run.org.admins().get(rng.nextInt(2));
    String user = rng.pick(Names.FIRST).toLowerCase(java.util.Locale.ROOT).charAt(0) + "."
        + rng.pick(Names.LAST).toLowerCase(java.util.Locale.ROOT) + rng.between(2, 9);
    run.push(AuditSource.jira(t, AuditEvent.JIRA_USER_UPDATED, admin, AuditSource.source(run, admin))
        .affect("USER", "JIRAUSER" + rng.between(10_000, 10_049), user)
        .change("Active / Inactive", "admin.common.phrases.active.inactive", "Active", "Inactive"));
  }
}
