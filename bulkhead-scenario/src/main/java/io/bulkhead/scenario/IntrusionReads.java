package io.bulkhead.scenario;

import static io.bulkhead.scenario.Intrusion.nov;

/**
 * 16 to 21 November: the Smartsheet account and then the created account read 36 Jira issues and
 * 202 Confluence pages (with repeats, refusals and missing pages), search the wiki for six terms,
 * go quiet from 17 November 14:33:52 to 20 November 09:26:53 apart from two access checks, and
 * come back on the 20th and 21st. The account is created at 16 November 14:36:37
 * ({@link IntrusionAccount}).
 */
final class IntrusionReads {
  private final Intrusion x;
  private final IntrusionTargets targets;
  private final Rng rng;
  private final WebReads reads;
  private int issue;
  private int page;

  IntrusionReads(Intrusion x) {
    this.x = x;
    this.rng = Rng.of(x.org.seed, "intrusion-reads");
    this.targets = new IntrusionTargets(x.org.catalogue, Rng.of(x.org.seed, "intrusion-targets"));
    this.reads = new WebReads(x, rng);
    x.targets = targets;
  }

  void plan() {
    otherSystems(nov(16, 14, 5, 10, 0), x.org.apps.otherHosts.length);
    otherSystems(nov(22, 14, 40, 2, 0), 3);
    day16();
    new IntrusionAccount(x).plan(nov(16, 14, 35, 58, 0));
    day16Evening();
    day17();
    dormancy();
    day20();
    day21();
  }

  /** The write-up's "many other systems" (metrics, network configuration, build, alerting, release): Access refuses the token. */
  private void otherSystems(long t, int n) {
    for (int i = 0; i < n; i++) {
      String host = x.org.apps.otherHosts[i];
      Step s = x.tokenLogin(t + i * 23_000L, x.addrA, host, false);
      if (i == 0 && t < nov(20, 0, 0, 0, 0)) {
        s.milestone("lateral-movement", "Tries other internal systems with the token; Access refuses");
      }
      x.edgeRefusal(t + i * 23_000L + 400, x.addrA, host, "/");
    }
  }

  private String session(String name) {
    return Rng.of(x.org.seed, "intruder-session", name).base36(7);
  }

  private void day16() {
    x.tokenLogin(nov(16, 9, 58, 12, 0), x.addrA, Org.JIRA, true);
    WebReq.Client browser = x.viaGateway(x.addrA, Ledger.SMARTSHEET, true, session("ss-16"));
    WebReq.Client script = x.viaGateway(x.addrA, Ledger.SMARTSHEET, false, session("ss-16"));
    reads.at(nov(16, 9, 58, 20, 0));
    reads.login(WebReq.App.JIRA, script, Ledger.SMARTSHEET, "/rest/auth/1/session", 200);
    reads.at(nov(16, 10, 2, 7, 0));
    Step first = reads.issue(browser, Ledger.SMARTSHEET, targets.issues.get(issue++), "browse");
    first.milestone("discovery", "Reads Jira tickets about configuring and managing the network");
    for (int i = 0; i < 11; i++) {
      reads.issue(i % 3 == 2 ? script : browser, Ledger.SMARTSHEET, targets.issues.get(issue++), i % 3 == 2 ? "rest" : "browse");
    }
    reads.refusedIssue(browser, Ledger.SMARTSHEET, targets.refusedIssues.get(0));
    reads.issue(browser, Ledger.SMARTSHEET, targets.issues.get(2), "browse");
    reads.limit(nov(16, 10, 38, 0, 0));

    x.tokenLogin(nov(16, 10, 38, 31, 0), x.addrA, Org.WIKI, true);
    WebReq.Client wiki = x.viaGateway(x.addrA, Ledger.SMARTSHEET, true, null);
    WebReq.Client wikiScript = x.viaGateway(x.addrA, Ledger.SMARTSHEET, false, null);
    reads.at(nov(16, 10, 38, 36, 0));
    reads.login(WebReq.App.WIKI, x.viaGateway(x.addrA, null, true, null), Ledger.SMARTSHEET, "/dologin.action", 302);
    reads.at(nov(16, 10, 40, 12, 0));
    for (int s = 0; s < Intrusion.SEARCH_TERMS.length; s++) {
      Step search = reads.search(wiki, Ledger.SMARTSHEET, Intrusion.SEARCH_TERMS[s]);
      if (s == 0) {
        search.milestone("discovery", "Searches the wiki for remote access, secret, client-secret, openconnect, cloudflared, token");
      }
      for (int i = 0; i < 20; i++) {
        String style = i % 7 == 3 ? "rest" : i % 5 == 1 ? "display" : i % 11 == 6 ? "source" : "view";
        reads.page(style.equals("rest") || style.equals("source") ? wikiScript : wiki, Ledger.SMARTSHEET,
            targets.pages.get(page++), style);
        if (i == 9 && s % 2 == 0) {
          reads.page(wiki, Ledger.SMARTSHEET, targets.pages.get(page - 4), "view");
        }
      }
      if (s == 2) {
        reads.refusedPage(wiki, Ledger.SMARTSHEET, targets.refusedPages.get(0));
        reads.missingPage(wikiScript, Ledger.SMARTSHEET, targets.missingPages.get(0));
      }
      if (s == 4) {
        reads.refusedPage(wiki, Ledger.SMARTSHEET, targets.refusedPages.get(1));
      }
    }
    reads.limit(nov(16, 13, 50, 0, 0));
    reads.at(Math.max(reads.now(), nov(16, 13, 50, 10, 0)));
    for (int i = 0; i < 8; i++) {
      reads.issue(i % 2 == 0 ? browser : script, Ledger.SMARTSHEET, targets.issues.get(issue++), i % 4 == 3 ? "xml" : i % 2 == 0 ? "browse" : "rest");
    }
    reads.refusedIssue(browser, Ledger.SMARTSHEET, targets.refusedIssues.get(1));
    reads.missingIssue(script, Ledger.SMARTSHEET, targets.missingIssues.get(0));
    reads.issue(script, Ledger.SMARTSHEET, targets.issues.get(5), "notmodified");
    reads.limit(nov(16, 14, 35, 0, 0));
  }

  /** After creating its account, the intruder signs in with it and reads on. */
  private void day16Evening() {
    x.tokenLogin(nov(16, 15, 4, 10, 0), x.addrA, Org.JIRA, true);
    WebReq.Client browser = x.viaGateway(x.addrA, x.newUser, true, session("new-16"));
    reads.at(nov(16, 15, 4, 14, 0));
    reads.login(WebReq.App.JIRA, x.viaGateway(x.addrA, null, true, null), x.newUser, "/login.jsp", 302);
    for (int i = 0; i < 6; i++) {
      reads.issue(browser, x.newUser, targets.issues.get(issue++), "browse");
    }
    reads.issue(browser, x.newUser, targets.issues.get(0), "browse");
    x.tokenLogin(reads.now() + 20_000, x.addrA, Org.WIKI, true);
    reads.at(reads.now() + 24_000);
    reads.login(WebReq.App.WIKI, x.viaGateway(x.addrA, null, true, null), x.newUser, "/dologin.action", 302);
    WebReq.Client wiki = x.viaGateway(x.addrA, x.newUser, true, null);
    for (int i = 0; i < 40; i++) {
      reads.page(wiki, x.newUser, targets.pages.get(page++), i % 4 == 1 ? "display" : "view");
    }
    reads.page(wiki, x.newUser, targets.pages.get(7), "view");
    reads.limit(nov(16, 18, 0, 0, 0));
  }

  private void day17() {
    x.tokenLogin(nov(17, 8, 10, 2, 0), x.addrB, Org.JIRA, true).milestone("collection", "Reads resume from an address no indicator list names");
    WebReq.Client browser = x.viaGateway(x.addrB, x.newUser, true, session("new-17"));
    reads.at(nov(17, 8, 10, 7, 0));
    reads.login(WebReq.App.JIRA, x.viaGateway(x.addrB, null, true, null), x.newUser, "/login.jsp", 302);
    for (int i = 0; i < 6; i++) {
      reads.issue(browser, x.newUser, targets.issues.get(issue++), i == 4 ? "xml" : "browse");
    }
    x.tokenLogin(reads.now() + 30_000, x.addrB, Org.WIKI, true);
    reads.at(reads.now() + 33_000);
    reads.login(WebReq.App.WIKI, x.viaGateway(x.addrB, null, true, null), x.newUser, "/dologin.action", 302);
    WebReq.Client wiki = x.viaGateway(x.addrB, x.newUser, true, null);
    WebReq.Client wikiScript = x.viaGateway(x.addrB, x.newUser, false, null);
    for (int i = 0; i < 29; i++) {
      reads.page(i % 6 == 5 ? wikiScript : wiki, x.newUser, targets.pages.get(page++), i % 6 == 5 ? "word" : i % 3 == 1 ? "display" : "view");
    }
    reads.refusedPage(wiki, x.newUser, targets.refusedPages.get(2));
    reads.missingPage(wikiScript, x.newUser, targets.missingPages.get(1));
    reads.limit(nov(17, 14, 33, 0, 0));
    reads.at(nov(17, 14, 33, 52, 0));
    reads.page(wiki, x.newUser, targets.pages.get(page++), "view").milestone("collection", "Last read before the dormant stretch");
  }

  /** Two isolated access checks, one a day; nothing is read or changed. */
  private void dormancy() {
    x.tokenLogin(nov(18, 10, 12, 25, 0), x.addrB, Org.JIRA, true);
    reads.at(nov(18, 10, 12, 31, 0));
    reads.check(WebReq.App.JIRA, x.viaGateway(x.addrB, x.newUser, false, session("new-18")), x.newUser, "/rest/api/2/myself");
    x.tokenLogin(nov(19, 16, 44, 2, 0), x.addrB, Org.WIKI, true);
    reads.at(nov(19, 16, 44, 9, 0));
    reads.check(WebReq.App.WIKI, x.viaGateway(x.addrB, x.newUser, false, null), x.newUser, "/rest/api/user/current");
  }

  private void day20() {
    x.tokenLogin(nov(20, 9, 26, 40, 0), x.addrB, Org.JIRA, true);
    WebReq.Client browser = x.viaGateway(x.addrB, x.newUser, true, session("new-20"));
    reads.at(nov(20, 9, 26, 53, 0));
    reads.issue(browser, x.newUser, targets.issues.get(issue++), "browse")
        .milestone("collection", "Further access after the dormant stretch");
    reads.issue(browser, x.newUser, targets.issues.get(issue++), "browse");
    x.tokenLogin(reads.now() + 15_000, x.addrB, Org.WIKI, true);
    reads.at(reads.now() + 19_000);
    WebReq.Client wiki = x.viaGateway(x.addrB, x.newUser, true, null);
    for (int i = 0; i < 5; i++) {
      reads.page(wiki, x.newUser, targets.pages.get(page++), "view");
    }
    reads.page(wiki, x.newUser, targets.pages.get(44), "display");
    reads.limit(nov(20, 11, 0, 0, 0));
    x.tokenLogin(nov(20, 15, 40, 10, 0), x.addrB, Org.WIKI, true);
    reads.at(nov(20, 15, 40, 15, 0));
    for (int i = 0; i < 3; i++) {
      reads.page(wiki, x.newUser, targets.pages.get(page++), "view");
    }
    reads.limit(nov(20, 16, 30, 0, 0));
  }

  private void day21() {
    x.tokenLogin(nov(21, 9, 50, 20, 0), x.addrB, Org.JIRA, true);
    WebReq.Client morning = x.viaGateway(x.addrB, x.newUser, true, session("new-21a"));
    reads.at(nov(21, 9, 50, 26, 0));
    reads.issue(morning, x.newUser, targets.issues.get(issue++), "browse");
    x.tokenLogin(reads.now() + 12_000, x.addrB, Org.WIKI, true);
    reads.at(reads.now() + 16_000);
    WebReq.Client wiki = x.viaGateway(x.addrB, x.newUser, true, null);
    for (int i = 0; i < 2; i++) {
      reads.page(wiki, x.newUser, targets.pages.get(page++), "view");
    }
    reads.limit(nov(21, 10, 40, 0, 0));
    x.tokenLogin(nov(21, 16, 2, 41, 0), x.addrB, Org.JIRA, true);
    WebReq.Client browser = x.viaGateway(x.addrB, x.newUser, true, session("new-21"));
    reads.at(nov(21, 16, 2, 47, 0));
    reads.issue(browser, x.newUser, targets.issues.get(30), "browse");
    reads.issue(browser, x.newUser, targets.issues.get(issue++), "browse");
    reads.refusedIssue(browser, x.newUser, targets.refusedIssues.get(2));
    reads.missingIssue(browser, x.newUser, targets.missingIssues.get(1));
    x.tokenLogin(reads.now() + 12_000, x.addrB, Org.WIKI, true);
    reads.at(reads.now() + 16_000);
    for (int i = 0; i < 2; i++) {
      reads.page(wiki, x.newUser, targets.pages.get(page++), "view");
    }
    reads.refusedPage(wiki, x.newUser, targets.refusedPages.get(3));
    reads.missingPage(wiki, x.newUser, targets.missingPages.get(2));
    reads.limit(nov(21, 18, 0, 0, 0));
    if (issue != IntrusionTargets.ISSUES || page != IntrusionTargets.PAGES) {
      throw new IllegalStateException("the plan reads " + issue + " issues and " + page + " pages");
    }
  }
}
