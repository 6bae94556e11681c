package io.bulkhead.analytics;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * Configuration of {@link Beaconing}. Build from {@link #defaults()} with the {@code with...}
 * methods.
 *
 * @param formats reader formats whose events are connections (see {@link Connection})
 * @param minConnections connections (after merging those within {@code merge}) a regular run
 *     must have
 * @param maxCv largest coefficient of variation (standard deviation over mean) of the regular
 *     intervals
 * @param jitter how far an interval may be from the run's median, as a fraction of it, and still
 *     be regular (implants add random jitter; 0.5 accepts 30 to 90 s around 60 s)
 * @param minRegularFraction share of a run's intervals that must be regular (the rest are missed
 *     beats and retries)
 * @param minPeriod shortest median interval considered (keep-alives and streams are faster)
 * @param maxPeriod longest median interval considered
 * @param merge connections closer than this to the previous one are one beat
 * @param commonDestination a destination reached by this many distinct sources is shared
 *     infrastructure (update servers, telemetry intake), not one implant's server
 * @param ignoreInternalDestinations leave out destinations in private, shared, loopback and
 *     link-local space
 * @param ignorePorts destination ports left out (DNS and NTP are periodic by design)
 * @param maxPairs most (source, destination) pairs followed; beyond, the least recently active is
 *     forgotten
 * @param maxTimesPerPair connections kept per pair (the earliest)
 * @param maxDestinations most destinations whose sources are counted
 * @param lateness how far out of order events may arrive; when set, pairs are judged as soon as
 *     the clock passes their evidence by this much, else only at {@code finish}
 */
public record BeaconingConfig(
    Set<String> formats,
    int minConnections,
    double maxCv,
    double jitter,
    double minRegularFraction,
    Duration minPeriod,
    Duration maxPeriod,
    Duration merge,
    int commonDestination,
    boolean ignoreInternalDestinations,
    Set<Integer> ignorePorts,
    int maxPairs,
    int maxTimesPerPair,
    int maxDestinations,
    Duration lateness) {

  /** The formats that record connections leaving the organisation: Cloudflare Gateway network and HTTP logs. */
  public static final Set<String> EGRESS_FORMATS = Set.of("cloudflare-gateway-network", "cloudflare-gateway-http");

  public BeaconingConfig {
    formats = Set.copyOf(formats);
    ignorePorts = Set.copyOf(ignorePorts);
    Objects.requireNonNull(minPeriod, "minPeriod");
    Objects.requireNonNull(maxPeriod, "maxPeriod");
    Objects.requireNonNull(merge, "merge");
    if (minConnections < 3) {
      throw new IllegalArgumentException("minConnections must be at least 3, was " + minConnections);
    }
    if (!(maxCv > 0) || !(jitter > 0 && jitter < 1) || !(minRegularFraction > 0 && minRegularFraction <= 1)) {
      throw new IllegalArgumentException("maxCv > 0, 0 < jitter < 1 and 0 < minRegularFraction <= 1 are required");
    }
    if (minPeriod.compareTo(maxPeriod) > 0) {
      throw new IllegalArgumentException("minPeriod " + minPeriod + " exceeds maxPeriod " + maxPeriod);
    }
    if (commonDestination < 2 || maxPairs < 1 || maxDestinations < 1 || maxTimesPerPair < minConnections) {
      throw new IllegalArgumentException("commonDestination >= 2, maxPairs >= 1, maxDestinations >= 1 and"
          + " maxTimesPerPair >= minConnections are required");
    }
    if (lateness != null && lateness.isNegative()) {
      throw new IllegalArgumentException("lateness must not be negative, was " + lateness);
    }
  }

  /**
   * Gateway egress logs; 10 regular beats with a coefficient of variation up to 0.2 and 50%
   * jitter; periods from 10 seconds to 6 hours; destinations shared by 5 sources, internal ones,
   * DNS and NTP left out.
   */
  public static BeaconingConfig defaults() {
    return new BeaconingConfig(EGRESS_FORMATS, 10, 0.2, 0.5, 0.8, Duration.ofSeconds(10), Duration.ofHours(6),
        Duration.ofSeconds(1), 5, true, Set.of(53, 123), 20_000, 128, 200_000, null);
  }

  public BeaconingConfig withFormats(Set<String> f) {
    return new BeaconingConfig(f, minConnections, maxCv, jitter, minRegularFraction, minPeriod, maxPeriod, merge,
        commonDestination, ignoreInternalDestinations, ignorePorts, maxPairs, maxTimesPerPair, maxDestinations, lateness);
  }

  public BeaconingConfig withRegularity(int connections, double cv, double jit, double fraction) {
    return new BeaconingConfig(formats, connections, cv, jit, fraction, minPeriod, maxPeriod, merge, commonDestination,
        ignoreInternalDestinations, ignorePorts, maxPairs, maxTimesPerPair, maxDestinations, lateness);
  }

  public BeaconingConfig withPeriods(Duration min, Duration max) {
    return new BeaconingConfig(formats, minConnections, maxCv, jitter, minRegularFraction, min, max, merge,
        commonDestination, ignoreInternalDestinations, ignorePorts, maxPairs, maxTimesPerPair, maxDestinations, lateness);
  }

  public BeaconingConfig withCommonDestination(int sources) {
    return new BeaconingConfig(formats, minConnections, maxCv, jitter, minRegularFraction, minPeriod, maxPeriod, merge,
        sources, ignoreInternalDestinations, ignorePorts, maxPairs, maxTimesPerPair, maxDestinations, lateness);
  }

  public BeaconingConfig withIgnoreInternalDestinations(boolean v) {
    return new BeaconingConfig(formats, minConnections, maxCv, jitter, minRegularFraction, minPeriod, maxPeriod, merge,
        commonDestination, v, ignorePorts, maxPairs, maxTimesPerPair, maxDestinations, lateness);
  }

  public BeaconingConfig withLimits(int pairs, int timesPerPair, int destinations) {
    return new BeaconingConfig(formats, minConnections, maxCv, jitter, minRegularFraction, minPeriod, maxPeriod, merge,
        commonDestination, ignoreInternalDestinations, ignorePorts, pairs, timesPerPair, destinations, lateness);
  }

  public BeaconingConfig withLateness(Duration d) {
    return new BeaconingConfig(formats, minConnections, maxCv, jitter, minRegularFraction, minPeriod, maxPeriod, merge,
        commonDestination, ignoreInternalDestinations, ignorePorts, maxPairs, maxTimesPerPair, maxDestinations, d);
  }
}
