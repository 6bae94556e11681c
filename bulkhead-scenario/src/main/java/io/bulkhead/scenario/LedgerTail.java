package io.bulkhead.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The long tail of the ledger: thousands of credentials no log of the month shows. About two in
 * five were in reach of the Okta breach and were rotated within two weeks of it.
 */
final class LedgerTail {
  private LedgerTail() {}

  private static final String[][] SYSTEMS = {
    {"aws", "api_key"}, {"aws", "service_account"}, {"okta", "api_key"}, {"okta", "oauth_client"},
    {"github", "api_key"}, {"github", "oauth_client"}, {"cloudflare-access", "service_token"},
    {"jira", "service_account"}, {"confluence", "service_account"}, {"bitbucket", "service_account"},
    {"vault", "service_account"}, {"gcp", "service_account"}, {"datadog", "api_key"},
    {"pagerduty", "api_key"}, {"slack", "oauth_client"}, {"salesforce", "oauth_client"},
    {"kubernetes", "service_account"}, {"sentry", "api_key"}};

  static List<Credential> assemble(Rng rng, List<Credential> named, List<Person> people, int size) {
    List<Credential> tail = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Credential c : named) {
      names.add(c.name());
    }
    while (tail.size() + named.size() < size) {
      Credential c = generic(rng, people);
      if (names.add(c.name())) {
        tail.add(c);
      }
    }
    // The named rows sit at random places, as they would in a real export.
    List<Credential> all = new ArrayList<>(tail);
    for (Credential c : named) {
      all.add(rng.nextInt(all.size() + 1), c);
    }
    List<Credential> out = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      Credential c = all.get(i);
      out.add(new Credential(String.format(Locale.ROOT, "cred-%05d", i + 1), c.kind(), c.name(), c.system(),
          c.owner(), c.privilege(), c.identifiers(), c.created(), c.lastRotated(), c.status(), c.markedUnused(),
          c.exposed()));
    }
    return List.copyOf(out);
  }

  private static Credential generic(Rng rng, List<Person> people) {
    String[] sk = SYSTEMS[rng.nextInt(SYSTEMS.length)];
    String system = sk[0];
    String kind = sk[1];
    String topic = rng.pick(Names.TOPICS);
    String name = switch (kind) {
      case "service_account" -> "svc-" + topic + "-" + rng.base36(3);
      case "service_token" -> topic + "-" + rng.pick(new String[] {"probe", "sync", "connector", "bot", "exporter"}) + "-" + rng.base36(2);
      case "oauth_client" -> system + "-" + topic + "-app-" + rng.base36(2);
      default -> system + "-" + topic + "-key-" + rng.base36(3);
    };
    List<String> ids = switch (system) {
      case "aws" -> List.of("aws_iam_user:" + name, "aws_access_key_id:AKIA" + rng.upperAlnum(16));
      case "okta" -> kind.equals("oauth_client")
          ? List.of("okta_client_id:0oa" + rng.base62(17))
          : List.of("okta_api_token_id:00T" + rng.base62(17));
      case "github" -> List.of("github_token_id:" + rng.between(1_000_000, 9_999_999));
      case "cloudflare-access" -> List.of("cf_access_client_id:" + rng.hex(32) + ".access");
      case "jira", "confluence", "bitbucket" -> List.of("atlassian_user:" + name);
      default -> List.of(system + "_key_id:" + rng.hex(20));
    };
    String owner = people.get(rng.nextInt(people.size())).email();
    String privilege = rng.pick(new String[] {"read", "read", "write", "write", "admin"});
    long created = TimeText.at(2019, 1, 1, 0, 0, 0) + (long) (rng.nextDouble() * (TimeText.at(2023, 9, 30, 0, 0, 0) - TimeText.at(2019, 1, 1, 0, 0, 0)));
    created = created / 1000 * 1000;
    boolean exposed = rng.chance(0.40);
    long rotated;
    if (exposed) {
      // Rotated after the breach: between 19 October and 3 November.
      rotated = TimeText.at(2023, 10, 19, 8, 0, 0) + (long) (rng.nextDouble() * 15 * TimeText.DAY);
    } else {
      long earliest = Math.max(created, TimeText.at(2022, 1, 1, 0, 0, 0));
      rotated = earliest + (long) (rng.nextDouble() * Math.max(1, TimeText.at(2023, 10, 15, 0, 0, 0) - earliest));
    }
    rotated = Math.max(created, rotated / 1000 * 1000);
    String status = rng.chance(0.04) ? "revoked" : "active";
    boolean unused = rng.chance(0.03);
    return new Credential("", kind, name, system, owner, privilege, ids, created, rotated, status, unused, exposed);
  }
}
