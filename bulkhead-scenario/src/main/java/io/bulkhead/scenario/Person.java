package io.bulkhead.scenario;

import java.util.List;

/**
 * One employee: who they are in each system, where they work from, what they run, and how much
 * they use Jira, Confluence and Bitbucket. Immutable; built by {@link Staff}.
 */
record Person(
    int index,
    String first,
    String last,
    String username,
    String email,
    Role role,
    String oktaId,
    String accessUid,
    String jiraKey,
    int bitbucketId,
    String deviceId,
    Geo.Place home,
    Geo.Addr homeAddr,
    Geo.Addr officeAddr,
    Geo.Addr vpnAddr,
    Trip trip,
    Agents.Browser browser,
    List<String> groups) {

  /** What someone does, which decides which systems they use and how much. */
  enum Role {
    ENGINEER(3.0, 2.0, 3.0, "engineering"),
    SRE(3.5, 2.5, 3.5, "sre"),
    SUPPORT(5.0, 2.5, 0.2, "support"),
    GTM(0.8, 1.5, 0.0, "gtm"),
    GA(0.5, 1.5, 0.0, "g-and-a"),
    SECURITY(3.0, 3.0, 1.5, "security"),
    IT(3.5, 2.0, 0.5, "it");

    /** Sessions per working day in Jira, Confluence and Bitbucket. */
    final double jira;
    final double wiki;
    final double bitbucket;
    final String team;

    Role(double jira, double wiki, double bitbucket, String team) {
      this.jira = jira;
      this.wiki = wiki;
      this.bitbucket = bitbucket;
      this.team = team;
    }
  }

  /** A business trip: from {@code firstDay} to {@code lastDay} (days of November) the person works from {@code addr}. */
  record Trip(int firstDay, int lastDay, Geo.Addr addr) {}

  String displayName() {
    return first + " " + last;
  }

  String deviceName() {
    return username.replace('.', '-') + (browser.oktaOs().equals("Mac OS X") ? "-mbp" : "-laptop");
  }

  boolean usesBitbucket() {
    return role.bitbucket > 0.1;
  }
}
