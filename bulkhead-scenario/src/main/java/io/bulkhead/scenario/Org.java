package io.bulkhead.scenario;

import java.util.List;

/**
 * The organisation of one scenario: its people, systems, credentials and hosts, built from the
 * seed and the scale. Everything here is immutable and shared by every generating thread.
 */
final class Org {
  static final String DOMAIN = "example.com";
  static final String JIRA = "jira.example.com";
  static final String WIKI = "wiki.example.com";
  static final String BITBUCKET = "bitbucket.example.com";
  static final String DASH = "dash.example.com";
  static final String OKTA = "example.okta.com";
  static final String ZONE = "example.com";
  static final int ZONE_ID = 491_280_763;
  static final String AWS_MARKETPLACE_ACCOUNT = "111122223333";
  static final String AWS_SECURITY_ACCOUNT = "444455556666";
  static final String AWS_DATA_ACCOUNT = "777788889999";
  static final String GITHUB_ORG = "example";

  /** The month the scenario covers: 2023-11-01 to 2023-11-30, UTC. */
  static final long START = TimeText.at(2023, 11, 1, 0, 0, 0);
  static final int DAYS = 30;
  static final int FULL_STAFF = 3_700;
  static final int MIN_STAFF = 20;

  final long seed;
  final double scale;
  final List<Person> people;
  final Catalogue catalogue;
  final Ledger ledger;
  final Fleet fleet;
  final Apps apps;
  final String cloudflareAccount;

  Org(long seed, double scale) {
    this.seed = seed;
    this.scale = scale;
    this.people = Staff.build(seed, staffCount(scale));
    this.catalogue = new Catalogue(seed);
    this.ledger = new Ledger(seed, people);
    this.fleet = new Fleet(scale);
    this.apps = new Apps(seed);
    this.cloudflareAccount = Rng.of(seed, "cloudflare-account").hex(32);
  }

  static int staffCount(double scale) {
    return Math.max(MIN_STAFF, (int) Math.round(FULL_STAFF * scale));
  }

  /** A count that follows the scale, never below {@code floor} (automation that exists at any size). */
  int scaled(double full, int floor) {
    return Math.max(floor, (int) Math.round(full * scale));
  }

  static long dayStart(int day) {
    return START + day * TimeText.DAY;
  }

  /** Mondays of November 2023 on which new hires start (days from 1 November). */
  private static final int[] START_DAYS = {5, 12, 19, 26};

  /** New hires: the last people of the list, about 1.5% of staff, who start during the month. */
  List<Person> newHires() {
    int k = Math.max(2, (int) Math.round(people.size() * 0.015));
    return people.subList(people.size() - k, people.size());
  }

  /** The day a new hire starts (days from 1 November), or -1 for people already employed. */
  int hireDay(Person p) {
    int k = Math.max(2, (int) Math.round(people.size() * 0.015));
    int first = people.size() - k;
    return p.index() < first ? -1 : START_DAYS[(p.index() - first) % START_DAYS.length];
  }

  /** Days on which an administrator legitimately grants someone an administrator role or group. */
  int[] adminGrantDays() {
    return scale >= 0.5 ? new int[] {2, 7, 13, 20, 27} : new int[] {7, 20};
  }

  /** IT administrators (the first people), who manage Okta and the Atlassian groups. */
  List<Person> admins() {
    return people.subList(0, 2);
  }

  /** The security team's on-call analyst, who acts on the 11-23 alert. */
  Person socAnalyst() {
    return people.get(2);
  }

  /** Cloudflare Access applications: the Atlassian suite and the other internal systems. */
  static final class Apps {
    final String jira;
    final String wiki;
    final String bitbucket;
    final String dash;
    final String[] otherHosts = {"grafana.example.com", "netconfig.example.com", "ci.example.com",
      "alerts.example.com", "releases.example.com", "salt.example.com"};
    final String[] otherIds;

    Apps(long seed) {
      Rng rng = Rng.of(seed, "access-apps");
      jira = rng.uuid();
      wiki = rng.uuid();
      bitbucket = rng.uuid();
      dash = rng.uuid();
      otherIds = new String[otherHosts.length];
      for (int i = 0; i < otherIds.length; i++) {
        otherIds[i] = rng.uuid();
      }
    }

    String idOf(String host) {
      return switch (host) {
        case JIRA -> jira;
        case WIKI -> wiki;
        case BITBUCKET -> bitbucket;
        case DASH -> dash;
        default -> {
          for (int i = 0; i < otherHosts.length; i++) {
            if (otherHosts[i].equals(host)) {
              yield otherIds[i];
            }
          }
          throw new IllegalArgumentException("no Access application for " + host);
        }
      };
    }
  }
}
