package io.bulkhead.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Thanksgiving-2023 intrusion as a plan of {@link Step}s, each realised by the same event
 * classes benign life uses, queued into the day and source it belongs to. Nothing here marks the
 * intruder: its agents, ids and fields come from the same pools as everyone's. Times are those of
 * the write-up, to the second, in the clock of the log that records them.
 *
 * <p>Identities: the Moveworks service token (through the gateway), the Smartsheet service
 * account (Jira administrator), the Bitbucket service account, the Apps-marketplace AWS account,
 * and the account the intruder creates. Addresses: 193.142.58.126 (published), one address no
 * indicator list names (a VPN provider's), and the Atlassian server itself.
 */
final class Intrusion {
  static final String IP_A = "193.142.58.126";
  static final String C2 = "198.244.174.214";
  static final String PAYLOAD_DOMAIN = "idowall.com";
  static final String PAYLOAD = "jvm-agent";
  static final String SHA256 = "bdd1a085d651082ad567b03e5186d1d46d822bb7794157ab8cce95d850a3caaf";
  static final String[] SEARCH_TERMS = {"remote access", "secret", "client-secret", "openconnect", "cloudflared", "token"};
  static final String[] NEW_GROUPS = {
    "jira-software-users", "confluence-users", "bitbucket-users", "engineering", "sre", "security",
    "network-engineering", "infra-oncall", "access-engineering", "salt-maintainers", "vuln-management",
    "identity", "release-managers", "it"};
  static final Agents.Browser BROWSER = Agents.BROWSERS[5];
  /** The Smartsheet service account's Jira user key. */
  static final String SMARTSHEET_KEY = "JIRAUSER10051";

  final Org org;
  final Rng rng;
  final Geo.Addr addrA;
  final Geo.Addr addrB;
  final Person targetA;
  final Person targetB;
  final String newUser;
  final String newName;
  final String newEmail;
  final String newJiraKey;
  final Credential moveworks;
  final Credential smartsheet;
  final Credential bitbucket;
  final Credential aws;
  final List<Step> steps = new ArrayList<>();
  /** What the intruder reads; set by {@link IntrusionReads}, used again on 23 November. */
  IntrusionTargets targets;
  private final Map<String, List<Ev>> planted = new LinkedHashMap<>();

  Intrusion(Org org) {
    this.org = org;
    this.rng = Rng.of(org.seed, "intrusion");
    this.addrA = new Geo.Addr(IP_A, Geo.isp(9009, "ro"), Geo.place("buh"));
    this.addrB = unnamedAddress(org);
    List<Person> pool = org.people.subList(4, org.people.size() - org.newHires().size());
    this.targetA = pool.get(rng.nextInt(pool.size()));
    Person b;
    do {
      b = pool.get(rng.nextInt(pool.size()));
    } while (b == targetA);
    this.targetB = b;
    Set<String> taken = new HashSet<>();
    org.people.forEach(p -> taken.add(p.username()));
    String first;
    String last;
    String user;
    do {
      first = rng.pick(Names.FIRST);
      last = rng.pick(Names.LAST);
      user = (first.charAt(0) + "." + last).toLowerCase(Locale.ROOT).replace("-", "");
    } while (taken.contains(user));
    this.newUser = user;
    this.newName = first + " " + last;
    this.newEmail = user.replace(".", "") + "@" + Org.DOMAIN;
    this.newJiraKey = "JIRAUSER" + (10100 + org.people.size() + 17);
    this.moveworks = org.ledger.named(Ledger.MOVEWORKS);
    this.smartsheet = org.ledger.named(Ledger.SMARTSHEET);
    this.bitbucket = org.ledger.named(Ledger.BITBUCKET);
    this.aws = org.ledger.named(Ledger.AWS_MARKETPLACE);
    new IntrusionRecon(this).plan();
    new IntrusionReads(this).plan();
    new IntrusionImplant(this).plan();
    new IntrusionEnd(this).plan();
  }

  /** A VPN provider's address in the benchmarking range that no employee uses and no list names. */
  private static Geo.Addr unnamedAddress(Org org) {
    Geo.Isp isp = Geo.isp(60068, "gb");
    Set<String> used = new HashSet<>();
    for (Person p : org.people) {
      if (p.vpnAddr() != null) {
        used.add(p.vpnAddr().ip());
      }
      if (p.trip() != null) {
        used.add(p.trip().addr().ip());
      }
    }
    int n = 613;
    while (used.contains(isp.address(n))) {
      n++;
    }
    return new Geo.Addr(isp.address(n), isp, Geo.place("lon"));
  }

  /** Epoch milliseconds of a November 2023 time (UTC). */
  static long nov(int date, int h, int m, int s, int ms) {
    return TimeText.at(2023, 11, date, h, m, s) + ms;
  }

  /** The events the plan puts into one source group's day. */
  List<Ev> planted(String group, int day) {
    return planted.getOrDefault(group + "/" + day, List.of());
  }

  /** Queues {@code e} into its group and day and records its step. */
  Step plant(String group, Ev e, Step s) {
    int day = (int) Math.floorDiv(e.t - Org.START, TimeText.DAY);
    if (day < 0 || day >= Org.DAYS) {
      throw new IllegalStateException("intrusion step outside November: " + s);
    }
    planted.computeIfAbsent(group + "/" + day, k -> new ArrayList<>()).add(e);
    steps.add(s);
    return s;
  }

  // ---- web requests ----

  /** A client of the intruder reaching the products through the gateway with the Moveworks token. */
  WebReq.Client viaGateway(Geo.Addr addr, String user, boolean browser, String session) {
    return new WebReq.Client(user, addr, addr.ip(), browser ? BROWSER.raw() : Agents.PYTHON,
        moveworks.identifier("cf_access_client_id"), true, session, browser);
  }

  /** The Atlassian server reaching Bitbucket directly, as the implant did. */
  WebReq.Client fromServer(String user, String session) {
    return new WebReq.Client(user, null, Fleet.ATLASSIAN_IP, Agents.CURL, null, false, session, false);
  }

  /**
   * Plants one request at the product's time {@code appTime} and returns its step.
   *
   * @param credential the compromised credential the product sees (a ledger name), or null
   */
  Step web(WebReq.App app, long appTime, WebReq.Client c, String method, String uri, int status, long bytes, int dur,
      String referer, String credential, Step.Act act, String resource) {
    WebReq r = WebReq.atAppTime(appTime, app, c, method, uri, status, bytes, dur, referer);
    String system = switch (app) {
      case JIRA -> "jira";
      case WIKI -> "confluence";
      case BITBUCKET -> "bitbucket";
    };
    Step s = new Step(Step.Kind.WEB, appTime, c.user(), credential, c.ip(), method + " " + uri, status, system).act(act);
    s.resource = resource;
    if (c.ip().equals(IP_A)) {
      s.ioc(IP_A);
    }
    r.step = s;
    return plant("web", r, s);
  }

  /** A request the edge refused itself (an Access application outside the token's policy). */
  Step edgeRefusal(long t, Geo.Addr addr, String host, String uri) {
    WebReq.Client c = viaGateway(addr, null, false, null);
    WebReq r = new WebReq(t, WebReq.App.JIRA, c, "GET", uri, 403, 2_300, 1, null);
    r.edgeOnly = true;
    r.edgeHost = host;
    Step s = new Step(Step.Kind.WEB, t, moveworks.identifier("cf_access_client_id"), Ledger.MOVEWORKS, addr.ip(),
        "GET https://" + host + uri, 403, "cloudflare-access").act(Step.Act.DENIED);
    if (addr.ip().equals(IP_A)) {
      s.ioc(IP_A);
    }
    r.step = s;
    return plant("web", r, s);
  }

  /** A gateway login with the Moveworks token (non-identity), allowed or refused. */
  Step tokenLogin(long t, Geo.Addr addr, String host, boolean allowed) {
    AccessEvent e = new AccessEvent(t);
    e.allowed = allowed;
    e.host = host;
    e.appUuid = org.apps.idOf(host);
    e.addr = addr;
    e.connection = AccessEvent.NON_IDENTITY;
    Step s = new Step(Step.Kind.ACCESS_LOGIN, t, moveworks.identifier("cf_access_client_id"), Ledger.MOVEWORKS, addr.ip(),
        "login " + host, allowed ? 200 : 403, "cloudflare-access").act(allowed ? Step.Act.LOGIN : Step.Act.DENIED);
    if (addr.ip().equals(IP_A)) {
      s.ioc(IP_A);
    }
    e.step = s;
    return plant("access", e, s);
  }

  long bytes(int lo, int hi) {
    return rng.between(lo, hi);
  }

  int dur(int lo, int hi) {
    return rng.between(lo, hi);
  }
}
