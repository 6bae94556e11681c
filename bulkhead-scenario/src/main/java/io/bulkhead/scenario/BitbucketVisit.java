package io.bulkhead.scenario;

/**
 * An engineer's visit to Bitbucket: the repositories they work in (browse, files, commits, pull
 * requests) and their git traffic, over HTTPS through the edge or over SSH.
 */
final class BitbucketVisit implements Session.Body {
  private final Person person;
  private final DayPlan plan;

  BitbucketVisit(Person person, DayPlan plan) {
    this.person = person;
    this.plan = plan;
  }

  @Override
  public void expand(DayRun run, long start, Rng rng) {
    Org org = run.org;
    Rng fav = Rng.of(org.seed, "favourite-repos", person.index());
    Catalogue.Repo[] repos = new Catalogue.Repo[6];
    for (int i = 0; i < repos.length; i++) {
      repos[i] = org.catalogue.repo(fav);
    }
    WebReq.Client c = Plans.browser(org, person, plan, "bitbucket", 7);
    String home = "https://" + Org.BITBUCKET;
    long t = start;
    int views = 1 + rng.poisson(3);
    String referer = home + "/dashboard";
    for (int v = 0; v < views; v++) {
      Catalogue.Repo r = repos[rng.nextInt(repos.length)];
      String base = Urls.repoBase(r);
      double k = rng.nextDouble();
      String page;
      if (k < 0.4) {
        page = base + "/browse";
      } else if (k < 0.6) {
        page = base + "/browse/" + rng.pick(new String[] {"README.md", "main.go", "src/index.ts", "Makefile", "values.yaml", "init.sls"});
      } else if (k < 0.75) {
        page = base + "/commits";
      } else {
        page = base + "/pull-requests/" + rng.between(1, 900) + "/overview";
      }
      push(run, t, c, "GET", page, 200, rng.between(30_000, 150_000), rng.between(80, 900), referer);
      if (v == 0) {
        for (int a = 0; a < Urls.BITBUCKET_ASSETS.length; a++) {
          push(run, t + 100 + a * 10, c, "GET", Urls.BITBUCKET_ASSETS[a], 304, 0, rng.between(2, 20), home + page);
        }
      }
      push(run, t + rng.between(300, 1_000), c, "GET", Urls.repoRest(r, "latest") + "/pull-requests?state=OPEN&start=0&limit=25",
          200, rng.between(2_000, 40_000), rng.between(40, 400), home + page);
      push(run, t + rng.between(400, 1_200), c, "GET", "/rest/build-status/latest/commits/stats/" + rng.hex(40) + "?includeUnique=true",
          200, rng.between(100, 600), rng.between(10, 90), home + page);
      if (rng.chance(0.35)) {
        git(run, t + rng.between(30_000, 600_000), c, r, rng);
      }
      referer = home + page;
      t += (long) rng.exp(60_000) + 1_500;
    }
  }

  /** A fetch from the engineer's laptop: SSH for most, HTTPS through the edge for some. */
  private void git(DayRun run, long t, WebReq.Client c, Catalogue.Repo r, Rng rng) {
    if (rng.chance(0.6)) {
      WebReq.Client ssh = new WebReq.Client(c.user(), c.addr(), c.ip(), Agents.GIT_SSH, null, false, c.session(), false);
      String cmd = rng.chance(0.8) ? "git-upload-pack" : "git-receive-pack";
      run.push(new WebReq(t, WebReq.App.BITBUCKET, ssh, "SSH", cmd + " '/" + r.project().toLowerCase(java.util.Locale.ROOT)
          + "/" + r.slug() + ".git'", 0, rng.between(2_000, 30_000_000), rng.between(200, 9_000), null));
      return;
    }
    WebReq.Client git = new WebReq.Client(c.user(), c.addr(), c.ip(), Agents.GIT, null, true, c.session(), false);
    String scm = Urls.scm(r);
    push(run, t, git, "GET", scm + "/info/refs?service=git-upload-pack", 200, rng.between(400, 40_000), rng.between(20, 300), null);
    push(run, t + rng.between(300, 900), git, "POST", scm + "/git-upload-pack", 200, rng.between(2_000, 30_000_000),
        rng.between(100, 8_000), null);
  }

  private static void push(DayRun run, long t, WebReq.Client c, String method, String uri, int status, long bytes, int dur,
      String referer) {
    run.push(new WebReq(t, WebReq.App.BITBUCKET, c, method, uri, status, bytes, dur, referer));
  }
}
