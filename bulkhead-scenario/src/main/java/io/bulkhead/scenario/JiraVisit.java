package io.bulkhead.scenario;

/**
 * A person's visit to Jira in the browser: a few page views (issues, dashboard, searches, boards,
 * edits), each with the static resources and XHR calls the page makes, separated by reading time.
 */
final class JiraVisit implements Session.Body {
  private final Person person;
  private final DayPlan plan;

  JiraVisit(Person person, DayPlan plan) {
    this.person = person;
    this.plan = plan;
  }

  @Override
  public void expand(DayRun run, long start, Rng rng) {
    Org org = run.org;
    if (person.usesBitbucket() && rng.chance(0.06)) {
      script(run, start, rng);
      return;
    }
    WebReq.Client c = Plans.browser(org, person, plan, "jira", 7);
    String home = "https://" + Org.JIRA;
    long t = start;
    int views = 1 + rng.poisson(3.5);
    String referer = home + "/secure/Dashboard.jspa";
    for (int v = 0; v < views; v++) {
      double k = rng.nextDouble();
      String page;
      if (k < 0.55) {
        String issue = org.catalogue.issue(rng);
        page = "/browse/" + issue;
        int status = rng.chance(0.012) ? 404 : rng.chance(0.01) ? 403 : 200;
        push(run, t, c, "GET", page, status, status == 200 ? rng.between(38_000, 140_000) : 9_800, rng.between(90, 900), referer);
        if (status == 200) {
          push(run, t + rng.between(300, 900), c, "GET", "/secure/AjaxIssueAction!default.jspa?decorator=none&issueKey="
              + issue + "&prefetch=false&shouldUpdateCurrentProject=true&loadFields=false&_=" + (t + 250), 200,
              rng.between(9_000, 60_000), rng.between(40, 300), home + page);
          if (rng.chance(0.01)) {
            push(run, t + rng.between(5_000, 60_000), c, "GET", "/si/jira.issueviews:issue-xml/" + issue + "/" + issue + ".xml", 200,
                rng.between(8_000, 90_000), rng.between(100, 600), home + page);
          }
          if (rng.chance(0.2)) {
            push(run, t + rng.between(15_000, 120_000), c, "POST", "/rest/api/2/issue/" + issue + "/comment", 201,
                rng.between(1_200, 4_000), rng.between(80, 400), home + page);
          }
        }
      } else if (k < 0.65) {
        page = "/secure/Dashboard.jspa";
        push(run, t, c, "GET", page, 200, rng.between(60_000, 110_000), rng.between(150, 700), home + "/");
        for (int g = 0; g < 3; g++) {
          push(run, t + 400 + g * 150, c, "GET", "/rest/gadget/1.0/issueTable/jql?num=10&tableContext=jira.table.cols.dashboard&jql="
              + Urls.jql("assignee = currentUser() AND resolution = Unresolved") + "&_=" + (t + 300 + g), 200,
              rng.between(4_000, 30_000), rng.between(60, 400), home + page);
        }
      } else if (k < 0.77) {
        String project = org.catalogue.jiraProject(rng);
        page = "/issues/?jql=" + Urls.jql("project = " + project + " AND status != Done ORDER BY updated DESC");
        push(run, t, c, "GET", page, 200, rng.between(50_000, 120_000), rng.between(200, 1_400), referer);
        push(run, t + rng.between(400, 900), c, "POST", "/rest/issueNav/1/issueTable", 200, rng.between(8_000, 90_000),
            rng.between(100, 900), home + page);
        if (rng.chance(0.01)) {
          // An occasional export of search results: bulk exposure, as real users do it.
          push(run, t + rng.between(5_000, 40_000), c, "GET", "/sr/jira.issueviews:searchrequest-csv-all-fields/temp/SearchRequest.csv?jqlQuery="
              + Urls.jql("project = " + project) + "&delimiter=,", 200, rng.between(200_000, 2_000_000), rng.between(900, 6_000), home + page);
        }
      } else if (k < 0.89) {
        int board = 100 + rng.nextInt(900);
        page = "/secure/RapidBoard.jspa?rapidView=" + board;
        push(run, t, c, "GET", page, 200, rng.between(70_000, 130_000), rng.between(200, 800), referer);
        push(run, t + rng.between(500, 1_200), c, "GET", "/rest/greenhopper/1.0/xboard/work/allData.json?rapidViewId=" + board
            + "&_=" + (t + 400), 200, rng.between(20_000, 250_000), rng.between(150, 1_500), home + page);
      } else if (k < 0.96) {
        page = "/secure/QuickCreateIssue!default.jspa?decorator=none";
        push(run, t, c, "POST", page, 200, rng.between(20_000, 45_000), rng.between(150, 600), referer);
        push(run, t + rng.between(20_000, 180_000), c, "POST", "/secure/QuickCreateIssue.jspa?decorator=none", 200,
            rng.between(1_500, 4_000), rng.between(200, 900), referer);
      } else {
        String term = rng.pick(Urls.SEARCHES);
        page = "/rest/quicksearch/1.0/productsearch/search?q=" + Urls.jql(term);
        push(run, t, c, "GET", page, 200, rng.between(1_000, 9_000), rng.between(40, 250), referer);
      }
      if (v == 0 || rng.chance(0.15)) {
        // The first page of a visit fetches the resource batches; later ones revalidate a few.
        int n = v == 0 ? Urls.JIRA_ASSETS.length : 2;
        for (int a = 0; a < n; a++) {
          boolean fresh = v == 0 && rng.chance(0.3);
          push(run, t + 120 + a * 15, c, "GET", Urls.JIRA_ASSETS[a], fresh ? 200 : 304, fresh ? rng.between(8_000, 400_000) : 0,
              rng.between(2, 30), home + page);
        }
      }
      if (rng.chance(0.5)) {
        push(run, t + rng.between(2_000, 9_000), c, "POST", "/rest/analytics/1.0/publish/bulk", 200, 0, rng.between(5, 40), home + page);
      }
      referer = home + page;
      t += (long) rng.exp(75_000) + 2_000;
    }
  }

  /** An engineer's script against the REST API (a report, a bulk check), run from the laptop with a personal token. */
  private void script(DayRun run, long start, Rng rng) {
    WebReq.Client c = new WebReq.Client(person.username(), plan.addr(), plan.addr().ip(), Agents.PYTHON, null, true, null, false);
    String project = run.org.catalogue.jiraProject(rng);
    push(run, start, c, "GET", "/rest/api/2/myself", 200, rng.between(1_100, 1_300), rng.between(15, 60), null);
    push(run, start + 1_000, c, "GET", "/rest/api/2/search?jql=" + Urls.jql("project = " + project + " AND updated >= -7d")
        + "&maxResults=100", 200, rng.between(20_000, 400_000), rng.between(200, 2_000), null);
    int n = rng.poisson(4);
    for (int i = 0; i < n; i++) {
      push(run, start + 3_000 + i * 700L, c, "GET", "/rest/api/2/issue/" + run.org.catalogue.issueIn(rng, run.org.catalogue.project(project)),
          200, rng.between(5_000, 60_000), rng.between(40, 300), null);
    }
  }

  private static void push(DayRun run, long t, WebReq.Client c, String method, String uri, int status, long bytes, int dur,
      String referer) {
    run.push(new WebReq(t, WebReq.App.JIRA, c, method, uri, status, bytes, dur, referer));
  }
}
