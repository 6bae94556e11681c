package io.bulkhead.scenario;

import java.util.Locale;

/**
 * The intruder's requests to Jira and Confluence, one after another on a clock: a browser view
 * brings its XHR calls, cached resources and, on Confluence, {@code /rest/quickreload/} polling
 * while the page is open, exactly as a person's view does; a script fetches the REST or export
 * URL alone. Reads of content are {@link Step.Act#READ} steps naming the issue key or page id.
 */
final class WebReads {
  private final Intrusion x;
  private final Rng rng;
  private long t;
  /** The page a browser came from: the dashboard at first, then the last issue or search. */
  private String referer = "https://" + Org.JIRA + "/secure/Dashboard.jspa";
  private String wikiReferer = "https://" + Org.WIKI + "/index.action";

  WebReads(Intrusion x, Rng rng) {
    this.x = x;
    this.rng = rng;
  }

  void at(long time) {
    if (time < t) {
      throw new IllegalStateException("the intrusion's clock would go back to " + TimeText.isoMillis(time));
    }
    t = time;
  }

  long now() {
    return t;
  }

  /** Fails when the plan ran past a time it must not reach (an anchor of the write-up). */
  void limit(long time) {
    if (t > time) {
      throw new IllegalStateException("the intrusion's reads ran to " + TimeText.isoMillis(t) + ", past " + TimeText.isoMillis(time));
    }
  }

  private void gap(int lo, int hi) {
    t += rng.between(lo, hi);
  }

  Step login(WebReq.App app, WebReq.Client c, String account, String uri, int status) {
    Step s = x.web(app, t, c, "POST", uri, status, status == 302 ? 0 : 412, x.dur(120, 400), null, account, Step.Act.LOGIN, null);
    gap(2_000, 6_000);
    return s;
  }

  Step check(WebReq.App app, WebReq.Client c, String account, String uri) {
    Step s = x.web(app, t, c, "GET", uri, 200, x.bytes(600, 1_300), x.dur(15, 60), null, account, Step.Act.CHECK, null);
    gap(1_000, 3_000);
    return s;
  }

  Step issue(WebReq.Client c, String account, String key, String style) {
    String home = "https://" + Org.JIRA;
    Step s;
    switch (style) {
      case "browse" -> {
        s = x.web(WebReq.App.JIRA, t, c, "GET", "/browse/" + key, 200, x.bytes(40_000, 130_000), x.dur(120, 800),
            referer, account, Step.Act.READ, key);
        referer = home + "/browse/" + key;
        x.web(WebReq.App.JIRA, t + 600, c, "GET", "/secure/AjaxIssueAction!default.jspa?decorator=none&issueKey=" + key
            + "&prefetch=false&shouldUpdateCurrentProject=true&loadFields=false&_=" + (t + 400), 200, x.bytes(9_000, 50_000),
            x.dur(40, 300), home + "/browse/" + key, account, Step.Act.OTHER, null);
        for (int a = 0; a < 2; a++) {
          x.web(WebReq.App.JIRA, t + 150 + a * 20, c, "GET", Urls.JIRA_ASSETS[a], 304, 0, x.dur(2, 20), home + "/browse/" + key,
              account, Step.Act.OTHER, null);
        }
      }
      case "rest" -> s = x.web(WebReq.App.JIRA, t, c, "GET", "/rest/api/2/issue/" + key, 200,
          x.bytes(6_000, 60_000), x.dur(60, 400), null, account, Step.Act.READ, key);
      case "xml" -> s = x.web(WebReq.App.JIRA, t, c, "GET", "/si/jira.issueviews:issue-xml/" + key + "/" + key + ".xml", 200,
          x.bytes(8_000, 90_000), x.dur(100, 600), null, account, Step.Act.READ, key);
      case "notmodified" -> s = x.web(WebReq.App.JIRA, t, c, "GET", "/rest/api/2/issue/" + key, 304, 0, x.dur(20, 90), null,
          account, Step.Act.READ, key);
      default -> throw new IllegalArgumentException(style);
    }
    gap(35_000, 140_000);
    return s;
  }

  Step refusedIssue(WebReq.Client c, String account, String key) {
    Step s = x.web(WebReq.App.JIRA, t, c, "GET", "/browse/" + key, 403, 9_812, x.dur(40, 200), null, account, Step.Act.DENIED, key);
    gap(20_000, 60_000);
    return s;
  }

  Step missingIssue(WebReq.Client c, String account, String key) {
    Step s = x.web(WebReq.App.JIRA, t, c, "GET", "/rest/api/2/issue/" + key, 404, 114, x.dur(20, 90), null, account, Step.Act.OTHER, key);
    gap(10_000, 40_000);
    return s;
  }

  Step search(WebReq.Client c, String account, String term) {
    String uri = Urls.wikiSearch(term);
    Step s = x.web(WebReq.App.WIKI, t, c, "GET", uri, 200, x.bytes(25_000, 60_000), x.dur(250, 1_500),
        wikiReferer, account, Step.Act.SEARCH, term);
    wikiReferer = "https://" + Org.WIKI + uri;
    gap(8_000, 25_000);
    return s;
  }

  Step page(WebReq.Client c, String account, Catalogue.Page p, String style) {
    String home = "https://" + Org.WIKI;
    String id = String.valueOf(p.id());
    String uri = switch (style) {
      case "view" -> Urls.pageView(p, false);
      case "display" -> Urls.pageView(p, true);
      case "rest" -> "/rest/api/content/" + id + "?expand=body.storage,version,space";
      case "source" -> "/plugins/viewsource/viewpagesrc.action?pageId=" + id;
      case "word" -> "/exportword?pageId=" + id;
      default -> throw new IllegalArgumentException(style);
    };
    boolean browser = style.equals("view") || style.equals("display");
    Step s = x.web(WebReq.App.WIKI, t, c, "GET", uri, 200, x.bytes(30_000, 150_000), x.dur(150, 1_500),
        browser ? wikiReferer : null, account, Step.Act.READ, id);
    if (!browser) {
      gap(4_000, 25_000);
      return s;
    }
    for (int a = 0; a < 2; a++) {
      x.web(WebReq.App.WIKI, t + 160 + a * 15, c, "GET", Urls.WIKI_ASSETS[a], 304, 0, x.dur(2, 20), home + uri, account,
          Step.Act.OTHER, null);
    }
    x.web(WebReq.App.WIKI, t + 900, c, "GET", "/rest/mywork/latest/status/notification/count?pageid=" + id + "&_=" + (t + 700),
        200, x.bytes(60, 200), x.dur(5, 40), home + uri, account, Step.Act.OTHER, null);
    long read = rng.between(35_000, 140_000);
    for (long poll = 30_000; poll < read; poll += 30_000) {
      x.web(WebReq.App.WIKI, t + poll + rng.nextInt(300), c, "GET", "/rest/quickreload/latest/" + id + "?since=" + (t + poll - 30_000)
          + "&_=" + (t + 800), 204, 0, x.dur(3, 25), home + uri, account, Step.Act.OTHER, null);
    }
    t += read + rng.between(1_000, 8_000);
    return s;
  }

  Step refusedPage(WebReq.Client c, String account, Catalogue.Page p) {
    Step s = x.web(WebReq.App.WIKI, t, c, "GET", Urls.pageView(p, false), 403, 7_380, x.dur(60, 300), null, account,
        Step.Act.DENIED, String.valueOf(p.id()));
    gap(10_000, 40_000);
    return s;
  }

  Step missingPage(WebReq.Client c, String account, long id) {
    Step s = x.web(WebReq.App.WIKI, t, c, "GET", "/rest/api/content/" + id + "?expand=body.storage".toLowerCase(Locale.ROOT), 404,
        260, x.dur(20, 90), null, account, Step.Act.OTHER, String.valueOf(id));
    gap(10_000, 40_000);
    return s;
  }
}
