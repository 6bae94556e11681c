package io.bulkhead.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds the employees. Homes follow an engineering company with offices in San Francisco, Austin,
 * New York, London, Lisbon and Singapore and people working remotely across many countries; a few
 * people travel during the month, a few use a commercial VPN (hosting-provider addresses, some in
 * the same networks the intruder used).
 */
final class Staff {
  private Staff() {}

  private static final String[] HOMES = {
    "sfo", "sfo", "sfo", "aus", "aus", "nyc", "nyc", "sea", "chi", "den", "bos", "atl", "sfo", "aus",
    "lon", "lon", "lon", "man", "lis", "lis", "lis", "por", "muc", "ber", "par", "ams", "dub", "waw",
    "sin", "sin", "tyo", "syd", "blr", "mex", "yyz", "sel", "nyc", "sfo", "aus", "lon"};
  private static final Set<String> OFFICES = Set.of("sfo", "aus", "nyc", "lon", "lis", "sin");
  private static final String[] TRIPS = {"lon", "sfo", "lis", "sin", "tyo", "dxb", "nyc", "aus", "ams", "par", "gru"};

  static List<Person> build(long seed, int count) {
    Rng rng = Rng.of(seed, "staff");
    List<Person> out = new ArrayList<>(count);
    Set<String> usernames = new HashSet<>();
    List<Geo.Isp> vpns = Geo.hosting();
    for (int i = 0; i < count; i++) {
      String first = rng.pick(Names.FIRST);
      String last = rng.pick(Names.LAST);
      String base = (first.charAt(0) + "." + last).toLowerCase(Locale.ROOT).replace("-", "");
      String username = base;
      for (int k = 2; !usernames.add(username); k++) {
        username = base + k;
      }
      String email = username.replace(".", "") + "@" + Org.DOMAIN;
      Person.Role role = role(rng, i);
      Geo.Place home = Geo.place(HOMES[rng.nextInt(HOMES.length)]);
      List<Geo.Isp> local = Geo.ispsIn(home.cc());
      Geo.Isp homeIsp = rng.pick(local);
      Geo.Addr homeAddr = new Geo.Addr(homeIsp.address(rng.nextInt(1_000_000)), homeIsp, home);
      Geo.Addr office = OFFICES.contains(key(home)) && rng.chance(0.55) ? office(key(home)) : null;
      Geo.Addr vpn = null;
      if (rng.chance(0.06)) {
        Geo.Isp v = rng.pick(vpns);
        Geo.Place p = Geo.placesIn(v.cc()).isEmpty() ? Geo.place("ams") : Geo.placesIn(v.cc()).get(0);
        vpn = new Geo.Addr(v.address(rng.nextInt(1_000_000)), v, p);
      }
      Person.Trip trip = null;
      if (rng.chance(0.05)) {
        Geo.Place dest = Geo.place(rng.pick(TRIPS));
        if (!dest.cc().equals(home.cc())) {
          List<Geo.Isp> there = Geo.ispsIn(dest.cc());
          Geo.Isp isp = there.isEmpty() ? rng.pick(vpns) : rng.pick(there);
          int start = rng.between(2, 26);
          trip = new Person.Trip(start, Math.min(30, start + rng.between(2, 6)),
              new Geo.Addr(isp.address(rng.nextInt(1_000_000)), isp, dest));
        }
      }
      Agents.Browser browser = Agents.BROWSERS[rng.weighted(Agents.BROWSER_CUM)];
      out.add(new Person(i, first, last, username, email, role, "00u" + rng.base62(17), rng.uuid(),
          "JIRAUSER" + (10100 + i), 100 + i, rng.uuid(), home, homeAddr, office, vpn, trip, browser,
          groups(role)));
    }
    return List.copyOf(out);
  }

  private static String key(Geo.Place p) {
    for (var e : Geo.PLACES.entrySet()) {
      if (e.getValue() == p) {
        return e.getKey();
      }
    }
    throw new IllegalStateException();
  }

  /** The office's egress: a fixed address of the documentation range 203.0.113.0/24. */
  static Geo.Addr office(String key) {
    int n = List.of("sfo", "aus", "nyc", "lon", "lis", "sin").indexOf(key);
    Geo.Place p = Geo.place(key);
    Geo.Isp isp = Geo.ispsIn(p.cc()).get(0);
    return new Geo.Addr("203.0.113." + (10 + n * 10), isp, p);
  }

  /** The first people are the ones every organisation needs: IT admins and the security team. */
  private static Person.Role role(Rng rng, int i) {
    if (i < 2) {
      return Person.Role.IT;
    }
    if (i < 4) {
      return Person.Role.SECURITY;
    }
    double x = rng.nextDouble();
    if (x < 0.50) {
      return Person.Role.ENGINEER;
    } else if (x < 0.60) {
      return Person.Role.SRE;
    } else if (x < 0.72) {
      return Person.Role.SUPPORT;
    } else if (x < 0.86) {
      return Person.Role.GTM;
    } else if (x < 0.93) {
      return Person.Role.GA;
    } else if (x < 0.97) {
      return Person.Role.SECURITY;
    }
    return Person.Role.IT;
  }

  static List<String> groups(Person.Role role) {
    List<String> g = new ArrayList<>(List.of("jira-software-users", "confluence-users", role.team));
    if (role.bitbucket > 0.1) {
      g.add("bitbucket-users");
    }
    if (role == Person.Role.IT) {
      g.add("jira-administrators");
      g.add("confluence-administrators");
    }
    return List.copyOf(g);
  }
}
