package io.bulkhead.bench;

import java.util.SplittableRandom;

/**
 * Deterministic fake values for generated logs: one seeded random source, so the same seed always
 * yields the same bytes. Values are varied on purpose (ids, addresses, agents, cities) so that
 * parsers cannot win on repeated strings, and include non-ASCII city names so that UTF-8 decoding
 * is exercised.
 */
final class Fake {
  private static final char[] ALNUM =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
  private static final char[] UPPER_NUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray();
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private static final String[] FIRST = {
    "alice", "bob", "carol", "dmitri", "eve", "fatima", "gunnar", "hiro", "ines", "jamal",
    "katarzyna", "liam", "mei", "nadia", "oscar", "priya", "quentin", "rosa", "sven", "tomasz"
  };
  private static final String[] LAST = {
    "adams", "berg", "chen", "dubois", "eriksen", "fischer", "garcia", "haddad", "ivanova",
    "jensen", "kowalski", "lopez", "muller", "nakamura", "okafor", "patel", "quinn", "rossi"
  };
  private static final String[] AGENTS = {
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.2849.68",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    "Okta Verify/9.27.2 (iOS 18.1; iPhone15,2)",
    "python-requests/2.32.3",
    "curl/8.11.0"
  };

  /** City, state, country, postal code, latitude and longitude (times 10^4). */
  record City(String city, String state, String country, String postalCode, long lat, long lon) {}

  private static final City[] CITIES = {
    new City("Dublin", "California", "United States", "94568", 377201, -1219190),
    new City("New York", "New York", "United States", "10001", 407506, -739970),
    new City("São Paulo", "São Paulo", "Brazil", "01310-100", -235505, -466333),
    new City("Zürich", "Zurich", "Switzerland", "8001", 473769, 85417),
    new City("München", "Bavaria", "Germany", "80331", 481351, 115820),
    new City("Kraków", "Lesser Poland", "Poland", "30-001", 500647, 199450),
    new City("Tokyo", "Tokyo", "Japan", "100-0001", 356762, 1396503),
    new City("Lagos", "Lagos", "Nigeria", "100001", 65244, 33792),
    new City("Bengaluru", "Karnataka", "India", "560001", 129716, 775946),
    new City("Sydney", "New South Wales", "Australia", "2000", -338688, 1512093),
    new City("Montréal", "Quebec", "Canada", "H2Y 1C6", 455017, -735673),
    new City("Reykjavík", "Capital Region", "Iceland", "101", 641466, -219426)
  };

  private final SplittableRandom rnd;

  Fake(long seed) {
    this.rnd = new SplittableRandom(seed);
  }

  int nextInt(int bound) {
    return rnd.nextInt(bound);
  }

  long nextLong(long origin, long bound) {
    return rnd.nextLong(origin, bound);
  }

  /** True with probability {@code percent}/100. */
  boolean chance(int percent) {
    return rnd.nextInt(100) < percent;
  }

  <T> T pick(T[] values) {
    return values[rnd.nextInt(values.length)];
  }

  String userAgent() {
    return pick(AGENTS);
  }

  City city() {
    return pick(CITIES);
  }

  /** A login name such as {@code priya.okafor42}. */
  String login() {
    return pick(FIRST) + "." + pick(LAST) + rnd.nextInt(100);
  }

  /** A public-looking IPv4 address (first octet never private or reserved). */
  String ipv4() {
    int a = 11 + rnd.nextInt(180);
    if (a == 127 || a == 172 || a == 169) {
      a++;
    }
    return a + "." + rnd.nextInt(256) + "." + rnd.nextInt(256) + "." + (1 + rnd.nextInt(254));
  }

  String uuid() {
    StringBuilder b = new StringBuilder(36);
    hex(b, 8).append('-');
    hex(b, 4).append("-4");
    hex(b, 3).append('-').append(HEX[8 + rnd.nextInt(4)]);
    hex(b, 3).append('-');
    hex(b, 12);
    return b.toString();
  }

  String hex(int n) {
    return hex(new StringBuilder(n), n).toString();
  }

  /** {@code prefix} followed by {@code n} letters and digits, as Okta ids ({@code 00u...}). */
  String alnum(String prefix, int n) {
    StringBuilder b = new StringBuilder(prefix.length() + n).append(prefix);
    for (int i = 0; i < n; i++) {
      b.append(ALNUM[rnd.nextInt(ALNUM.length)]);
    }
    return b.toString();
  }

  /** {@code prefix} followed by {@code n} upper-case letters and digits, as AWS key ids. */
  String upper(String prefix, int n) {
    StringBuilder b = new StringBuilder(prefix.length() + n).append(prefix);
    for (int i = 0; i < n; i++) {
      b.append(UPPER_NUM[rnd.nextInt(UPPER_NUM.length)]);
    }
    return b.toString();
  }

  private StringBuilder hex(StringBuilder b, int n) {
    for (int i = 0; i < n; i++) {
      b.append(HEX[rnd.nextInt(16)]);
    }
    return b;
  }
}
