package io.bulkhead.analytics;

import com.google.re2j.Pattern;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Configuration of {@link NewAddress}. Build from {@link #defaults()} with the {@code with...}
 * methods.
 *
 * @param baseline how long after the earliest credential use in the input the baseline runs
 *     (used when {@code baselineUntil} is null)
 * @param baselineUntil the end of the baseline, when given (e.g. the day before a suspected
 *     intrusion); uses from then on are compared with the uses before
 * @param serviceAccountName which user names in access logs and Atlassian audit records are
 *     service accounts, followed as credentials ({@code atlassian_user:NAME}, {@code http_user:NAME});
 *     RE2 syntax, searched anywhere in the lower-cased name
 * @param ipv4Prefix a new IPv4 address in the same prefix as a baseline address counts as known
 *     (when the event carries no ASN); 32 turns this off
 * @param ipv6Prefix the same for IPv6; 128 turns it off
 * @param reportFirstUse also raise a medium alert when a credential with no use in the baseline
 *     is used after it (a dormant or new credential)
 * @param maxCredentials most credentials followed; beyond, the least recently used is forgotten
 * @param maxAddressesPerCredential most addresses kept per credential (the earliest are kept)
 * @param maxSightings most (credential, address) pairs kept in all; beyond, credentials are
 *     forgotten, least recently used first
 * @param maxAlertsPerCredential most alerts per credential in a run; the rest are counted
 * @param lateness how far out of order events may arrive; when set, alerts are raised as soon as
 *     the clock (latest event time seen, or {@code advanceTo}) passes the evidence by this much;
 *     when null, only at {@code finish} (a hunt)
 */
public record NewAddressConfig(
    Duration baseline,
    Instant baselineUntil,
    Pattern serviceAccountName,
    int ipv4Prefix,
    int ipv6Prefix,
    boolean reportFirstUse,
    int maxCredentials,
    int maxAddressesPerCredential,
    int maxSightings,
    int maxAlertsPerCredential,
    Duration lateness) {

  /**
   * Service-account naming conventions, the same the rule pack uses: svc-, srv-, service-, bot-,
   * automation, integration-, app-, api- prefixes; -svc, -bot, -service, -integration,
   * -automation suffixes; GitHub-style {@code [bot]}.
   */
  public static final String DEFAULT_SERVICE_ACCOUNT_NAME =
      "^(svc|srv|service|serviceaccount|bot|app|api)[-_.]|^automation|^integration[-_.]"
          + "|[-_.](svc|bot|service|integration|automation)$|\\[bot\\]$";

  public NewAddressConfig {
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(serviceAccountName, "serviceAccountName");
    if (baseline.isNegative()) {
      throw new IllegalArgumentException("baseline must not be negative, was " + baseline);
    }
    if (ipv4Prefix < 0 || ipv4Prefix > 32) {
      throw new IllegalArgumentException("ipv4Prefix must be 0..32, was " + ipv4Prefix);
    }
    if (ipv6Prefix < 0 || ipv6Prefix > 128) {
      throw new IllegalArgumentException("ipv6Prefix must be 0..128, was " + ipv6Prefix);
    }
    positive("maxCredentials", maxCredentials);
    positive("maxAddressesPerCredential", maxAddressesPerCredential);
    positive("maxSightings", maxSightings);
    positive("maxAlertsPerCredential", maxAlertsPerCredential);
    if (lateness != null && lateness.isNegative()) {
      throw new IllegalArgumentException("lateness must not be negative, was " + lateness);
    }
  }

  private static void positive(String name, int v) {
    if (v < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, was " + v);
    }
  }

  /**
   * A 7-day baseline from the start of the input, /24 and /64 networks, first uses reported,
   * bounded at a million sightings.
   */
  public static NewAddressConfig defaults() {
    return new NewAddressConfig(Duration.ofDays(7), null, Pattern.compile(DEFAULT_SERVICE_ACCOUNT_NAME), 24, 64, true,
        50_000, 256, 1_000_000, 10, null);
  }

  public NewAddressConfig withBaseline(Duration d) {
    return new NewAddressConfig(d, baselineUntil, serviceAccountName, ipv4Prefix, ipv6Prefix, reportFirstUse, maxCredentials,
        maxAddressesPerCredential, maxSightings, maxAlertsPerCredential, lateness);
  }

  public NewAddressConfig withBaselineUntil(Instant t) {
    return new NewAddressConfig(baseline, t, serviceAccountName, ipv4Prefix, ipv6Prefix, reportFirstUse, maxCredentials,
        maxAddressesPerCredential, maxSightings, maxAlertsPerCredential, lateness);
  }

  public NewAddressConfig withServiceAccountName(String re2) {
    return new NewAddressConfig(baseline, baselineUntil, Pattern.compile(re2), ipv4Prefix, ipv6Prefix, reportFirstUse,
        maxCredentials, maxAddressesPerCredential, maxSightings, maxAlertsPerCredential, lateness);
  }

  public NewAddressConfig withPrefixes(int v4, int v6) {
    return new NewAddressConfig(baseline, baselineUntil, serviceAccountName, v4, v6, reportFirstUse, maxCredentials,
        maxAddressesPerCredential, maxSightings, maxAlertsPerCredential, lateness);
  }

  public NewAddressConfig withReportFirstUse(boolean v) {
    return new NewAddressConfig(baseline, baselineUntil, serviceAccountName, ipv4Prefix, ipv6Prefix, v, maxCredentials,
        maxAddressesPerCredential, maxSightings, maxAlertsPerCredential, lateness);
  }

  public NewAddressConfig withLimits(int credentials, int addressesPerCredential, int sightings, int alertsPerCredential) {
    return new NewAddressConfig(baseline, baselineUntil, serviceAccountName, ipv4Prefix, ipv6Prefix, reportFirstUse,
        credentials, addressesPerCredential, sightings, alertsPerCredential, lateness);
  }

  public NewAddressConfig withLateness(Duration d) {
    return new NewAddressConfig(baseline, baselineUntil, serviceAccountName, ipv4Prefix, ipv6Prefix, reportFirstUse,
        maxCredentials, maxAddressesPerCredential, maxSightings, maxAlertsPerCredential, d);
  }
}
