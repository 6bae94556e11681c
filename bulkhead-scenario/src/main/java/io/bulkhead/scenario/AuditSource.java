package io.bulkhead.scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * Atlassian Data Center audit files for one day ({@code <home>/log/audit/YYYYMMDD-00000.audit.log}
 * for Jira, Confluence and Bitbucket). Administrators create the accounts of new hires and add
 * them to groups (the same events the intruder's account creation makes), now and then add a
 * colleague to an administrator group, create projects, spaces and repositories and change
 * permissions; people create personal access tokens; leavers are deactivated.
 */
final class AuditSource implements DaySource {
  static final String JIRA = "jira";
  static final String WIKI = "confluence";
  static final String BITBUCKET = "bitbucket";

  @Override
  public String group() {
    return "audit";
  }

  @Override
  public void open(DayRun run) {
    String name = TimeText.compactDate(run.start) + "-00000.audit.log";
    Path logs = run.root.resolve("logs");
    for (String p : new String[] {JIRA, WIKI, BITBUCKET}) {
      run.sink(p, new Sink.Daily(run.root, "atlassian-audit", logs.resolve(p).resolve("audit").resolve(name), null, 0));
    }
  }

  @Override
  public void sessions(DayRun run, List<Session> out) {
    Org org = run.org;
    int[] order = {0};
    for (Person hire : org.newHires()) {
      if (org.hireDay(hire) - 3 == run.day) {
        WebSource.add(run, out, order, onboardingAt(run.start, hire), (r, s, rng) -> onboard(r, s, rng, hire));
      }
    }
    for (int d : org.adminGrantDays()) {
      if (d == run.day) {
        WebSource.add(run, out, order, run.start + GRANT_AT, AuditSource::adminGrant);
      }
    }
    boolean weekend = Robots.weekend(run.day);
    int f = weekend ? 0 : 1;
    // Rates per working day at scale 1 (about 80 changes, a few on weekends).
    double w = weekend ? 0.1 : 1;
    add(run, out, order, org.scaled(5 * w, f), (r, s, rng) -> AuditChanges.project(r, s, rng));
    add(run, out, order, org.scaled(15 * w, f), (r, s, rng) -> AuditChanges.jiraToken(r, s, rng));
    add(run, out, order, org.scaled(3 * w, 0), (r, s, rng) -> AuditChanges.space(r, s, rng));
    add(run, out, order, org.scaled(12 * w, f), (r, s, rng) -> AuditChanges.spacePermission(r, s, rng));
    add(run, out, order, org.scaled(25 * w, f), (r, s, rng) -> AuditChanges.repository(r, s, rng));
    add(run, out, order, org.scaled(8 * w, f), (r, s, rng) -> AuditChanges.bitbucketToken(r, s, rng));
    add(run, out, order, org.scaled(2 * w, 0), (r, s, rng) -> AuditChanges.leaver(r, s, rng));
  }

  /** When an administrator creates a new hire's Jira account (the admin pages in Jira's access log agree). */
  static long onboardingAt(long dayStart, Person hire) {
    return dayStart + 17 * 3_600_000L + hire.index() % 60 * 60_000L + 600_000;
  }

  /** When the new hire is added to the {@code i}-th of its groups. */
  static long groupAddedAt(long created, int i) {
    return created + 11_000 + i * 6_500L;
  }

  static final long GRANT_AT = 15 * 3_600_000L + 20 * 60_000L;

  private static void add(DayRun run, List<Session> out, int[] order, int n, Session.Body body) {
    for (int i = 0; i < n; i++) {
      long t = run.start + 7 * 3_600_000L + (long) (run.rng.nextDouble() * 14 * 3_600_000L);
      WebSource.add(run, out, order, t, body);
    }
  }

  static String source(DayRun run, Person p) {
    DayPlan plan = DayPlan.of(run.org, p, run.day);
    return plan.active() ? plan.addr().ip() : p.homeAddr().ip();
  }

  static AuditEvent jira(long t, AuditEvent.Type type, Person author, String source) {
    AuditEvent e = new AuditEvent(t, JIRA, type).author(author.jiraKey(), author.username());
    e.source = source;
    return e;
  }

  static AuditEvent wiki(Org org, long t, AuditEvent.Type type, Person author, String source) {
    AuditEvent e = new AuditEvent(t, WIKI, type).author(confluenceKey(org, author), author.username());
    e.source = source;
    return e;
  }

  static AuditEvent bitbucket(long t, AuditEvent.Type type, Person author, String source) {
    AuditEvent e = new AuditEvent(t, BITBUCKET, type).author(String.valueOf(author.bitbucketId()), author.username());
    e.authorType = "NORMAL";
    e.source = source;
    return e;
  }

  static String confluenceKey(Org org, Person p) {
    return "2c9580827d4a06e8" + Rng.of(org.seed, "confluence-key", p.index()).hex(16);
  }

  /** A new hire's accounts, created by an administrator the Friday before they start. */
  private static void onboard(DayRun run, long start, Rng rng, Person hire) {
    Person admin = run.org.admins().get(hire.index() % 2);
    String src = source(run, admin);
    run.push(jira(start, AuditEvent.JIRA_USER_CREATED, admin, src).affect("USER", hire.jiraKey(), hire.username())
        .change("Username", "common.words.username", "", hire.username())
        .change("Full name", "common.words.fullname", "", hire.displayName())
        .change("Email", "common.words.email", "", hire.email())
        .change("Active / Inactive", "admin.common.phrases.active.inactive", "", "Active"));
    long t = start;
    for (int i = 0; i < hire.groups().size(); i++) {
      t = groupAddedAt(start, i);
      run.push(jira(t, AuditEvent.JIRA_ADDED_TO_GROUP, admin, src).affect("GROUP", null, hire.groups().get(i))
          .affect("USER", hire.jiraKey(), hire.username()));
    }
    String key = confluenceKey(run.org, hire);
    run.push(wiki(run.org, t + 60_000, AuditEvent.WIKI_USER_CREATED, admin, src).affect("User", key, hire.username())
        .change("Display name", "Display name", null, hire.displayName()).change("Email", "Email", null, hire.email())
        .change("Username", "Username", null, hire.username()).change("Active", "Active", null, "Yes"));
    run.push(wiki(run.org, t + 65_000, AuditEvent.WIKI_ADDED_TO_GROUP, admin, src).affect("Group", "confluence-users", "confluence-users")
        .affect("User", key, hire.username()));
    if (hire.usesBitbucket()) {
      run.push(bitbucket(t + 120_000, AuditEvent.BB_ADDED_TO_GROUP, admin, src).affect("GROUP", "bitbucket-users", "bitbucket-users")
          .affect("USER", String.valueOf(hire.bitbucketId()), hire.username()));
    }
  }

  /** An administrator adds a colleague to jira-administrators: legitimate, and alert-worthy all the same. */
  private static void adminGrant(DayRun run, long start, Rng rng) {
    Person admin = run.org.admins().get(0);
    Person who = run.org.people.get(Math.min(run.org.people.size() - 1, 5 + run.day % 7));
    run.push(jira(start, AuditEvent.JIRA_ADDED_TO_GROUP, admin, source(run, admin)).affect("GROUP", null, "jira-administrators")
        .affect("USER", who.jiraKey(), who.username()));
  }
}
