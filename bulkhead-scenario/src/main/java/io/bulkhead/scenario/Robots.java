package io.bulkhead.scenario;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The Atlassian suite's automated traffic: load-balancer health checks, an external uptime probe
 * authenticating with an Access service token, a CRM connector, the status-page integration, CI
 * builds cloning over HTTPS, the nightly backup that downloads hundreds of repository archives,
 * and the nightly mirror that fetches over SSH. The backup is the confounder for the intruder's
 * archive downloads: many archives, one account, at night.
 */
final class Robots {
  private Robots() {}

  static final String LB_IP = "10.0.1.2";
  static final String STATUSPAGE_IP = "10.0.7.20";

  static void sessions(DayRun run, List<Session> out, int[] order) {
    Org org = run.org;
    long d0 = run.start;
    boolean weekend = weekend(run.day);
    long health = (long) (30_000 / Math.min(1.0, org.scale * 10));
    for (long t = d0; t < run.end; t += 3_600_000L) {
      WebSource.add(run, out, order, t, (r, s, rng) -> healthChecks(r, s, health, rng));
      WebSource.add(run, out, order, t + 7_000, Robots::uptime);
    }
    for (long t = d0 + 240_000; t < run.end; t += 900_000L) {
      WebSource.add(run, out, order, t, Robots::salesforce);
    }
    for (long t = d0 + 600_000; t < run.end; t += 1_800_000L) {
      WebSource.add(run, out, order, t, Robots::statuspage);
    }
    int builds = org.scaled(weekend ? 350 : 1_400, weekend ? 3 : 10);
    for (int i = 0; i < builds; i++) {
      long t = d0 + (long) (run.rng.nextDouble() * TimeText.DAY);
      WebSource.add(run, out, order, t, Robots::build);
    }
    int backups = org.scaled(2_000, 100);
    long t = d0 + 70 * 60_000L;
    for (int i = 0; i < backups; i++) {
      int index = (int) (((long) run.day * backups + i) % Catalogue.BITBUCKET_REPOS);
      WebSource.add(run, out, order, t, (r, s, rng) -> backup(r, s, rng, index));
      t += 2_500 + run.rng.nextInt(9_000);
    }
    int mirrors = org.scaled(1_500, 60);
    t = d0 + 3 * 3_600_000L;
    for (int i = 0; i < mirrors; i++) {
      WebSource.add(run, out, order, t, Robots::mirror);
      t += 800 + run.rng.nextInt(4_000);
    }
  }

  static boolean weekend(int day) {
    DayOfWeek d = LocalDate.of(2023, 11, 1).plusDays(day).getDayOfWeek();
    return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
  }

  private static WebReq.Client internal(String user, String ip, String ua) {
    return new WebReq.Client(user, null, ip, ua, null, false, null, false);
  }

  private static void healthChecks(DayRun run, long start, long every, Rng rng) {
    WebReq.Client lb = internal(null, LB_IP, "ELB-HealthChecker/2.0");
    for (long t = start; t < start + 3_600_000L; t += every) {
      run.push(new WebReq(t + rng.nextInt(200), WebReq.App.JIRA, lb, "GET", "/status", 200, 19, rng.between(1, 4), null));
      run.push(new WebReq(t + rng.nextInt(200), WebReq.App.WIKI, lb, "GET", "/status", 200, 19, rng.between(1, 4), null));
      run.push(new WebReq(t + rng.nextInt(200), WebReq.App.BITBUCKET, lb, "GET", "/status", 200, 19, rng.between(1, 4), null));
    }
  }

  /** Every five minutes, from a monitoring provider, with the uptime-probe service token. */
  private static void uptime(DayRun run, long start, Rng rng) {
    Credential probe = run.org.ledger.named(Ledger.UPTIME_PROBE);
    Geo.Isp isp = Geo.isp(14061, "us");
    Geo.Addr addr = new Geo.Addr(isp.address(77), isp, Geo.place("sfo"));
    WebReq.Client c = new WebReq.Client(null, addr, addr.ip(), Agents.GO, probe.identifier("cf_access_client_id"), true, null, false);
    for (long t = start; t < start + 3_600_000L; t += 300_000L) {
      WebReq r = new WebReq(t + rng.nextInt(2_000), WebReq.App.JIRA, c, "GET", "/status", 200, 19, rng.between(2, 9), null);
      r.watch = probe.id();
      run.push(r);
    }
  }

  /** The CRM connector: changed support tickets every 15 minutes, through its service token. */
  private static void salesforce(DayRun run, long start, Rng rng) {
    Credential token = run.org.ledger.named(Ledger.SALESFORCE);
    Geo.Isp isp = Geo.isp(16509, "us");
    Geo.Addr addr = new Geo.Addr(isp.address(300 + rng.nextInt(8)), isp, Geo.place("ash"));
    WebReq.Client c = new WebReq.Client("svc-salesforce", addr, addr.ip(), Agents.JAVA_HTTP,
        token.identifier("cf_access_client_id"), true, null, false);
    String jql = Urls.jql("project = SUPPORT AND updated >= -15m ORDER BY updated ASC");
    run.push(new WebReq(start, WebReq.App.JIRA, c, "GET", "/rest/api/2/search?jql=" + jql + "&startAt=0&maxResults=100&fields=summary,status,updated",
        200, rng.between(2_000, 60_000), rng.between(80, 900), null));
    int n = rng.poisson(1.5);
    for (int i = 0; i < n; i++) {
      String issue = run.org.catalogue.issue(rng);
      run.push(new WebReq(start + 1_000 + i * 400L, WebReq.App.JIRA, c, "GET", "/rest/api/2/issue/" + issue
          + (rng.chance(0.5) ? "" : "?fields=summary,status,comment"),
          200, rng.between(3_000, 30_000), rng.between(40, 400), null));
    }
  }

  private static void statuspage(DayRun run, long start, Rng rng) {
    WebReq.Client c = internal("svc-statuspage", STATUSPAGE_IP, Agents.PYTHON);
    String jql = Urls.jql("project = INCIDENT AND updated >= -30m");
    if (start % (4 * 3_600_000L) < 1_800_000L) {
      // Every four hours the integration renews its session and checks who it is.
      run.push(new WebReq(start, WebReq.App.JIRA, c, "POST", "/rest/auth/1/session", 200, 412, rng.between(150, 300), null));
      run.push(new WebReq(start + 2_000, WebReq.App.JIRA, c, "GET", "/rest/api/2/myself", 200, rng.between(1_100, 1_300),
          rng.between(15, 60), null));
    }
    run.push(new WebReq(start + 4_000, WebReq.App.JIRA, c, "GET", "/rest/api/2/search?jql=" + jql, 200, rng.between(300, 9_000),
        rng.between(30, 300), null));
  }

  private static void build(DayRun run, long start, Rng rng) {
    Catalogue.Repo r = run.org.catalogue.repo(rng);
    String ip = rng.pick(Fleet.RUNNER_IPS);
    WebReq.Client git = internal(Ledger.CI_BUILD, ip, Agents.GIT);
    String scm = Urls.scm(r);
    run.push(new WebReq(start, WebReq.App.BITBUCKET, git, "GET", scm + "/info/refs?service=git-upload-pack", 200,
        rng.between(400, 40_000), rng.between(15, 200), null));
    run.push(new WebReq(start + rng.between(200, 700), WebReq.App.BITBUCKET, git, "POST", scm + "/git-upload-pack", 200,
        rng.between(100_000, 60_000_000), rng.between(300, 20_000), null));
    WebReq.Client api = internal(Ledger.CI_BUILD, ip, Agents.JAVA_HTTP);
    run.push(new WebReq(start + rng.between(60_000, 900_000), WebReq.App.BITBUCKET, api, "POST",
        "/rest/build-status/1.0/commits/" + rng.hex(40), 204, 0, rng.between(10, 90), null));
  }

  /** One repository of the nightly backup: a full archive, as the intruder's downloads were. */
  private static void backup(DayRun run, long start, Rng rng, int index) {
    Catalogue.Repo r = run.org.catalogue.repos.get(index);
    WebReq.Client c = internal(Ledger.CI_BACKUP, Fleet.BACKUP_IP, Agents.CURL);
    long size = (long) rng.logNormal(6_000_000, 1.3);
    String format = index % 3 == 0 ? "zip" : "tgz";
    run.push(new WebReq(start, WebReq.App.BITBUCKET, c, "GET", Urls.repoRest(r, "1.0"), 200, rng.between(900, 2_400),
        rng.between(10, 60), null));
    if (index % 4 == 0) {
      // The backup lists the tree of some repositories to record what it saved.
      run.push(new WebReq(start + 200, WebReq.App.BITBUCKET, c, "GET", Urls.repoRest(r, "1.0") + "/browse?limit=1000", 200,
          rng.between(3_000, 60_000), rng.between(40, 600), null));
    }
    run.push(new WebReq(start + rng.between(300, 1_500), WebReq.App.BITBUCKET, c, "GET", Urls.repoRest(r, "latest")
        + "/archive?format=" + format, 200, size, (int) Math.min(600_000, 200 + size / 4_000), null));
  }

  private static void mirror(DayRun run, long start, Rng rng) {
    Catalogue.Repo r = run.org.catalogue.repo(rng);
    WebReq.Client c = new WebReq.Client(Ledger.CI_BUILD, null, rng.pick(Fleet.RUNNER_IPS), Agents.GIT_SSH, null, false,
        rng.base36(7), false);
    run.push(new WebReq(start, WebReq.App.BITBUCKET, c, "SSH", "git-upload-pack '/" + r.project().toLowerCase(Locale.ROOT)
        + "/" + r.slug() + ".git'", 0, rng.between(500, 20_000_000), rng.between(100, 15_000), null));
  }
}
