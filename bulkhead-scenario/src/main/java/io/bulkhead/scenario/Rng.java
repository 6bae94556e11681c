package io.bulkhead.scenario;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic random stream. Every stream is seeded from the scenario seed and a name (for
 * example {@code "web", day}), never from another stream's position, so that what one source
 * writes cannot depend on what another wrote first or on which thread ran it.
 */
final class Rng {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final char[] B36 = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();
  private static final char[] B62 =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

  private final SplittableRandom r;

  Rng(long seed) {
    this.r = new SplittableRandom(seed);
  }

  /** The stream named by {@code parts} under {@code seed}. */
  static Rng of(long seed, Object... parts) {
    return new Rng(mix(seed, parts));
  }

  /** A 64-bit seed for the name {@code parts} under {@code seed} (FNV-1a, then SplitMix64's finaliser). */
  static long mix(long seed, Object... parts) {
    long h = 0xcbf29ce484222325L ^ seed;
    for (Object p : parts) {
      byte[] b = String.valueOf(p).getBytes(StandardCharsets.UTF_8);
      for (byte x : b) {
        h ^= x & 0xff;
        h *= 0x100000001b3L;
      }
      h ^= 0x1f;
      h *= 0x100000001b3L;
    }
    h ^= h >>> 30;
    h *= 0xbf58476d1ce4e5b9L;
    h ^= h >>> 27;
    h *= 0x94d049bb133111ebL;
    return h ^ (h >>> 31);
  }

  long nextLong() {
    return r.nextLong();
  }

  int nextInt(int bound) {
    return r.nextInt(bound);
  }

  /** Uniform in {@code [lo, hi]}. */
  int between(int lo, int hi) {
    return lo + r.nextInt(hi - lo + 1);
  }

  double nextDouble() {
    return r.nextDouble();
  }

  boolean chance(double p) {
    return r.nextDouble() < p;
  }

  double gaussian() {
    // Box-Muller; one value per call keeps the stream position simple to reason about.
    double u = 1.0 - r.nextDouble();
    double v = r.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  double normal(double mean, double sd) {
    return mean + sd * gaussian();
  }

  /** Exponentially distributed with the given mean. */
  double exp(double mean) {
    return -mean * Math.log(1.0 - r.nextDouble());
  }

  /** A log-normal value with the given median and spread (sigma of the logarithm). */
  double logNormal(double median, double sigma) {
    return median * Math.exp(sigma * gaussian());
  }

  /** Poisson-distributed count; a normal approximation above 30. */
  int poisson(double lambda) {
    if (lambda <= 0) {
      return 0;
    }
    if (lambda > 30) {
      return Math.max(0, (int) Math.round(normal(lambda, Math.sqrt(lambda))));
    }
    double l = Math.exp(-lambda);
    int k = 0;
    double p = 1;
    do {
      k++;
      p *= r.nextDouble();
    } while (p > l);
    return k - 1;
  }

  <T> T pick(List<T> list) {
    return list.get(r.nextInt(list.size()));
  }

  <T> T pick(T[] a) {
    return a[r.nextInt(a.length)];
  }

  /** An index drawn from cumulative weights {@code cum} (last element is the total). */
  int weighted(double[] cum) {
    double x = r.nextDouble() * cum[cum.length - 1];
    int lo = 0;
    int hi = cum.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cum[mid] > x) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** A Zipf-like rank in {@code [0, n)}: low ranks are much more likely. */
  int zipf(int n, double skew) {
    double u = r.nextDouble();
    int k = (int) (n * Math.pow(u, 1.0 + skew));
    return Math.min(n - 1, k);
  }

  String hex(int n) {
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = HEX[r.nextInt(16)];
    }
    return new String(c);
  }

  String base36(int n) {
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = B36[r.nextInt(36)];
    }
    return new String(c);
  }

  String base62(int n) {
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = B62[r.nextInt(62)];
    }
    return new String(c);
  }

  /** Upper-case letters and digits, as AWS key ids use. */
  String upperAlnum(int n) {
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = B36[r.nextInt(36)];
    }
    return new String(c).toUpperCase(java.util.Locale.ROOT);
  }

  /** A random (version 4) UUID in canonical form. */
  String uuid() {
    String h = hex(32);
    return h.substring(0, 8) + "-" + h.substring(8, 12) + "-4" + h.substring(13, 16) + "-"
        + "89ab".charAt(r.nextInt(4)) + h.substring(17, 20) + "-" + h.substring(20, 32);
  }

  /** A time-based (version 1) UUID as Okta writes them, for a time in 2023 ({@code 11ee}). */
  String uuidV1() {
    String h = hex(32);
    return h.substring(0, 8) + "-" + h.substring(8, 12) + "-11ee-" + "89ab".charAt(r.nextInt(4))
        + h.substring(17, 20) + "-" + h.substring(20, 32);
  }
}
