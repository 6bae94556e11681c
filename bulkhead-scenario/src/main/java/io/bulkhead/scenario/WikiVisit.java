package io.bulkhead.scenario;

/**
 * A person's visit to Confluence: pages read (by id or by {@code /display/} title), with their
 * resources and XHR calls, {@code /rest/quickreload/} polling every 30 seconds while a page is
 * open, and now and then a search, an edit, an attachment download or an export.
 */
final class WikiVisit implements Session.Body {
  private final Person person;
  private final DayPlan plan;

  WikiVisit(Person person, DayPlan plan) {
    this.person = person;
    this.plan = plan;
  }

  @Override
  public void expand(DayRun run, long start, Rng rng) {
    Catalogue cat = run.org.catalogue;
    if (person.usesBitbucket() && rng.chance(0.05)) {
      script(run, start, rng);
      return;
    }
    WebReq.Client c = Plans.browser(run.org, person, plan, "wiki", 0);
    c = new WebReq.Client(c.user(), c.addr(), c.ip(), c.ua(), null, true, null, true);
    String home = "https://" + Org.WIKI;
    long t = start;
    int views = 1 + rng.poisson(2.5);
    String referer = home + "/index.action";
    if (rng.chance(0.05)) {
      push(run, t, c, "GET", "/rest/api/user/current", 200, rng.between(600, 700), rng.between(10, 40), null);
      t += rng.between(500, 3_000);
    }
    if (rng.chance(0.3)) {
      push(run, t, c, "GET", "/index.action", 200, rng.between(40_000, 90_000), rng.between(150, 600), "-");
      t += rng.between(3_000, 20_000);
    }
    for (int v = 0; v < views; v++) {
      if (rng.chance(0.14)) {
        String term = rng.pick(Urls.SEARCHES);
        String prefix = term.length() > 3 ? term.substring(0, 3) : term;
        push(run, t, c, "GET", "/rest/quicknav/1/search?query=" + Urls.form(prefix) + "&_=" + t, 200,
            rng.between(1_500, 6_000), rng.between(30, 200), referer);
        String search = Urls.wikiSearch(term);
        push(run, t + rng.between(1_500, 6_000), c, "GET", search, 200, rng.between(25_000, 60_000), rng.between(200, 1_500), referer);
        referer = home + search;
        t += rng.between(5_000, 30_000);
      }
      Catalogue.Page page = cat.page(rng);
      String url = Urls.pageView(page, rng.chance(0.4));
      int status = rng.chance(0.008) ? 404 : rng.chance(0.006) ? 403 : 200;
      push(run, t, c, "GET", url, status, status == 200 ? rng.between(30_000, 160_000) : 7_400, rng.between(120, 1_800), referer);
      if (v == 0) {
        for (int a = 0; a < Urls.WIKI_ASSETS.length; a++) {
          boolean fresh = rng.chance(0.25);
          push(run, t + 150 + a * 12, c, "GET", Urls.WIKI_ASSETS[a], fresh ? 200 : 304, fresh ? rng.between(5_000, 300_000) : 0,
              rng.between(2, 25), home + url);
        }
      }
      long read = (long) rng.exp(110_000) + 3_000;
      if (status == 200) {
        push(run, t + rng.between(600, 1_500), c, "GET", "/rest/mywork/latest/status/notification/count?pageid=" + page.id()
            + "&_=" + (t + 500), 200, rng.between(60, 200), rng.between(5, 40), home + url);
        push(run, t + rng.between(700, 1_600), c, "GET", "/rest/likes/1.0/content/" + page.id() + "/likes?commentLikes=true&_="
            + (t + 600), 200, rng.between(200, 2_000), rng.between(10, 80), home + url);
        for (long p = 30_000; p < read; p += 30_000) {
          push(run, t + p + rng.nextInt(400), c, "GET", "/rest/quickreload/latest/" + page.id() + "?since=" + (t + p - 30_000)
              + "&_=" + (t + 800), rng.chance(0.97) ? 204 : 200, 0, rng.between(3, 25), home + url);
        }
        double act = rng.nextDouble();
        if (act < 0.05) {
          push(run, t + read / 2, c, "GET", "/pages/editpage.action?pageId=" + page.id(), 200, rng.between(60_000, 140_000),
              rng.between(300, 1_200), home + url);
          push(run, t + read / 2 + 900, c, "GET", "/rest/api/content/" + page.id() + "?expand=body.storage,version,space", 200,
              rng.between(5_000, 60_000), rng.between(40, 300), home + "/pages/editpage.action?pageId=" + page.id());
          push(run, t + read - 1_000, c, "PUT", "/rest/api/content/" + page.id() + "?status=current", 200,
              rng.between(3_000, 20_000), rng.between(200, 1_500), home + "/pages/editpage.action?pageId=" + page.id());
        } else if (act < 0.09) {
          String file = rng.chance(0.08) ? "session-capture.har" : rng.pick(new String[] {"diagram.png", "design.pdf", "export.csv", "notes.docx"});
          push(run, t + read / 2, c, "GET", "/download/attachments/" + page.id() + "/" + file + "?version=1&modificationDate="
              + (t - 86_400_000L * rng.between(1, 300)) + "&api=v2", 200, rng.between(20_000, 4_000_000), rng.between(50, 900), home + url);
        } else if (act < 0.1) {
          String export = rng.chance(0.5) ? "/spaces/flyingpdf/pdfpageexport.action?pageId=" : "/exportword?pageId=";
          push(run, t + read / 2, c, "GET", export + page.id(), 200, rng.between(100_000, 3_000_000), rng.between(1_000, 9_000), home + url);
        } else if (act < 0.105) {
          push(run, t + read / 2, c, "GET", "/plugins/viewsource/viewpagesrc.action?pageId=" + page.id(), 200,
              rng.between(5_000, 90_000), rng.between(60, 400), home + url);
        }
        if (rng.chance(0.4)) {
          push(run, t + read - 500, c, "POST", "/rest/analytics/1.0/publish/bulk", 200, 0, rng.between(5, 40), home + url);
        }
      }
      referer = home + url;
      t += read;
    }
  }

  /** An engineer's script fetching pages through the REST API (a docs export, a link checker). */
  private void script(DayRun run, long start, Rng rng) {
    WebReq.Client c = new WebReq.Client(person.username(), plan.addr(), plan.addr().ip(), Agents.PYTHON, null, true, null, false);
    push(run, start, c, "GET", "/rest/api/user/current", 200, rng.between(600, 700), rng.between(10, 40), null);
    int n = 1 + rng.poisson(5);
    for (int i = 0; i < n; i++) {
      Catalogue.Page p = run.org.catalogue.page(rng);
      String uri = rng.chance(0.7) ? "/rest/api/content/" + p.id() + "?expand=body.storage,version,space"
          : "/plugins/viewsource/viewpagesrc.action?pageId=" + p.id();
      push(run, start + 1_000 + i * 1_500L, c, "GET", uri, 200, rng.between(5_000, 90_000), rng.between(40, 400), null);
    }
  }

  private static void push(DayRun run, long t, WebReq.Client c, String method, String uri, int status, long bytes, int dur,
      String referer) {
    run.push(new WebReq(t, WebReq.App.WIKI, c, method, uri, status, bytes, dur, referer));
  }
}
