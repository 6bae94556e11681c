package io.bulkhead.creds;

import io.bulkhead.event.Event;
import io.bulkhead.event.Origin;
import io.bulkhead.event.Outcome;
import io.bulkhead.findings.Findings;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Audits the credential ledger against the logs. Feed it every event in order ({@link #accept});
 * {@link #finish} gives one {@code credentialAudit} record per ledger row.
 *
 * <p>A <em>use</em> is an event that shows the credential working (see {@link #authenticated}) and
 * that names it: by a key or token id the ledger lists ({@code aws_access_key_id}, {@code cf_access_client_id}, ...), or by
 * the account the ledger lists, in the logs of that account's system ({@code atlassian_user} in
 * Atlassian audit and access logs, {@code okta_user} in Okta, {@code aws_iam_user} in CloudTrail,
 * {@code github_user} in GitHub). Failed sign-ins and rejected keys are not uses; a valid key
 * denied a permission is.
 *
 * <p>Verdicts, most urgent first (the contract's order):
 * <ul>
 *   <li>{@code exposed-unrotated-in-use}: an exposure covers it, it was not rotated after, and it
 *       was used after;
 *   <li>{@code rotated-old-still-used}: the ledger says it was rotated, and after that its account
 *       used a key of a type the ledger lists but a value it does not (the old key);
 *   <li>{@code marked-unused-but-used}: its owner believed it unused, and it was used;
 *   <li>{@code unknown}: no use seen where one would matter (exposed and not rotated after, or
 *       believed unused), but the logs that could show one do not cover every day read;
 *   <li>{@code exposed-unrotated-unused}: exposed, not rotated after, no use seen, coverage complete;
 *   <li>{@code ok} otherwise.
 * </ul>
 * {@code used-from-new-infrastructure} is added to {@code verdicts} when an exposed credential was
 * used after its exposure from an address it did not use before it (before the exposure, or in the
 * first week of the logs when the exposure is older than they are).
 *
 * <p>Not thread-safe.
 */
public final class CredentialAuditor {
  /** Where each identifier type can show a use. */
  private static final Map<String, List<String>> LOGSOURCES = Map.of(
      "cf_access_client_id", List.of("cloudflare-http-requests", "cloudflare-access-requests"),
      "okta_api_token_id", List.of("okta"),
      "okta_user", List.of("okta"),
      "aws_access_key_id", List.of("cloudtrail"),
      "aws_iam_user", List.of("cloudtrail"),
      "github_token_id", List.of("github-audit"),
      "github_hashed_token", List.of("github-audit"),
      "github_user", List.of("github-audit"),
      "atlassian_user", List.of("atlassian-audit", "jira-access", "confluence-access", "bitbucket-access"));
  /** The account identifier type each logsource's actor is. */
  private static final Map<String, String> ACCOUNT_OF = Map.of(
      "atlassian-audit", "atlassian_user", "jira-access", "atlassian_user", "confluence-access", "atlassian_user",
      "bitbucket-access", "atlassian_user", "okta", "okta_user", "cloudtrail", "aws_iam_user", "github-audit", "github_user");
  /** CloudTrail errors that mean the key itself was refused (not a permission denied to a valid key). */
  private static final Set<String> AUTHENTICATION_ERRORS = Set.of("InvalidClientTokenId", "SignatureDoesNotMatch",
      "InvalidAccessKeyId", "ExpiredToken", "ExpiredTokenException", "AuthFailure", "UnrecognizedClientException",
      "IncompleteSignature", "MissingAuthenticationToken");
  private static final int MAX_ADDRESSES = 1000;
  private static final long BASELINE_DAYS = 7;

  private final Ledger ledger;
  private final Map<String, List<Credential>> byIdentifier = new HashMap<>();
  private final Map<Credential, Uses> uses = new HashMap<>();
  private final Map<String, Seen> logsources = new LinkedHashMap<>();
  private Instant from;
  private Instant to;

  /** What the logs showed of one credential. */
  private static final class Uses {
    Instant first;
    Instant last;
    Origin firstAt;
    Origin lastAt;
    long count;
    /** Uses by a key of a listed type the ledger does not list: the latest. */
    Instant lastUnlistedKey;
    Origin lastUnlistedKeyAt;
    final Map<String, Instant> addresses = new HashMap<>();
  }

  /** The days a logsource has events on. */
  private static final class Seen {
    Instant from;
    Instant to;
    final Set<Long> days = new HashSet<>();
  }

  private CredentialAuditor(Ledger ledger) {
    this.ledger = ledger;
    for (Credential c : ledger.credentials()) {
      for (Identifier i : c.identifiers()) {
        byIdentifier.computeIfAbsent(i.key(), k -> new ArrayList<>(1)).add(c);
      }
    }
  }

  public static CredentialAuditor of(Ledger ledger) {
    return new CredentialAuditor(ledger);
  }

  /** One event, in input order. */
  public void accept(Event e) {
    Instant t = e.time();
    if (t == null) {
      return;
    }
    see(e.logsource(), t);
    Set<Credential> named = new HashSet<>(2);
    if (authenticated(e, true)) {
      for (Map.Entry<String, String> id : e.credential().ids().entrySet()) {
        named.addAll(byIdentifier.getOrDefault(new Identifier(id.getKey(), id.getValue()).key(), List.of()));
      }
    }
    String account = ACCOUNT_OF.get(e.logsource());
    if (account != null && e.actor() != null && authenticated(e, false)) {
      for (String who : new String[] {e.actor().name(), e.actor().id()}) {
        if (who != null) {
          for (Credential c : byIdentifier.getOrDefault(new Identifier(account, who).key(), List.of())) {
            if (named.add(c)) {
              unlistedKey(c, e);
            }
          }
        }
      }
    }
    for (Credential c : named) {
      use(c, e);
    }
  }

  /**
   * Whether the event shows the credential working. A success does; so does a refusal that comes
   * after authentication: a CloudTrail call denied for lack of permission (the key is valid), or
   * a request the Cloudflare edge let through on a service token that the origin then refused.
   * A failed sign-in, or an error that says the key itself was rejected, does not.
   */
  private static boolean authenticated(Event e, boolean byKey) {
    if (e.outcome() != Outcome.FAILURE) {
      return true;
    }
    String code = e.raw().path("errorCode").asText("");
    if (e.logsource().equals("cloudtrail") && !code.isEmpty()) {
      return !AUTHENTICATION_ERRORS.contains(code);
    }
    Integer status = e.http() == null ? null : e.http().status();
    return byKey && e.logsource().startsWith("cloudflare-") && status != null && status != 403;
  }

  /** The account used a key of a type its ledger row lists, with a value the row does not. */
  private void unlistedKey(Credential c, Event e) {
    for (Map.Entry<String, String> id : e.credential().ids().entrySet()) {
      boolean typeListed = false;
      boolean valueListed = false;
      for (Identifier i : c.identifiers()) {
        if (i.type().equals(id.getKey())) {
          typeListed = true;
          valueListed |= i.value().equals(id.getValue());
        }
      }
      if (typeListed && !valueListed) {
        Uses u = uses.computeIfAbsent(c, k -> new Uses());
        if (u.lastUnlistedKey == null || !e.time().isBefore(u.lastUnlistedKey)) {
          u.lastUnlistedKey = e.time();
          u.lastUnlistedKeyAt = e.source();
        }
      }
    }
  }

  private void use(Credential c, Event e) {
    Uses u = uses.computeIfAbsent(c, k -> new Uses());
    Instant t = e.time();
    u.count++;
    if (u.first == null || t.isBefore(u.first)) {
      u.first = t;
      u.firstAt = e.source();
    }
    if (u.last == null || !t.isBefore(u.last)) {
      u.last = t;
      u.lastAt = e.source();
    }
    String ip = e.client() == null ? null : e.client().ip();
    if (ip != null && (u.addresses.size() < MAX_ADDRESSES || u.addresses.containsKey(ip))) {
      u.addresses.merge(ip, t, (a, b) -> a.isBefore(b) ? a : b);
    }
  }

  private void see(String logsource, Instant t) {
    from = from == null || t.isBefore(from) ? t : from;
    to = to == null || t.isAfter(to) ? t : to;
    Seen s = logsources.computeIfAbsent(logsource, k -> new Seen());
    s.from = s.from == null || t.isBefore(s.from) ? t : s.from;
    s.to = s.to == null || t.isAfter(s.to) ? t : s.to;
    s.days.add(day(t));
  }

  private static long day(Instant t) {
    return t.atOffset(ZoneOffset.UTC).toLocalDate().toEpochDay();
  }

  /** What each logsource covered, with its gaps (whole UTC days without an event). */
  public List<Findings.Coverage> coverage() {
    List<Findings.Coverage> out = new ArrayList<>();
    logsources.forEach((name, s) -> out.add(new Findings.Coverage(name, s.from, s.to, gaps(s.days, s.from, s.to))));
    return out;
  }

  private static List<Findings.Period> gaps(Set<Long> days, Instant from, Instant to) {
    List<Findings.Period> out = new ArrayList<>();
    if (from == null) {
      return out;
    }
    long first = day(from);
    long last = day(to);
    long d = first;
    while (d <= last) {
      if (days.contains(d)) {
        d++;
        continue;
      }
      long start = d;
      while (d <= last && !days.contains(d)) {
        d++;
      }
      out.add(new Findings.Period(LocalDate.ofEpochDay(start).atStartOfDay().toInstant(ZoneOffset.UTC),
          LocalDate.ofEpochDay(d).atStartOfDay().toInstant(ZoneOffset.UTC)));
    }
    return out;
  }

  /** One record per ledger row, in ledger order. */
  public List<Findings.CredentialAudit> finish() {
    List<Findings.CredentialAudit> out = new ArrayList<>(ledger.credentials().size());
    for (Credential c : ledger.credentials()) {
      out.add(audit(c));
    }
    return out;
  }

  private Findings.CredentialAudit audit(Credential c) {
    Uses u = uses.get(c);
    boolean used = u != null && u.first != null;
    List<String> exposedBy = new ArrayList<>();
    Instant exposedAt = null;
    for (Ledger.Exposure x : ledger.exposures()) {
      if (x.covers(c)) {
        exposedBy.add(x.id());
        exposedAt = exposedAt == null || x.at().isBefore(exposedAt) ? x.at() : exposedAt;
      }
    }
    boolean exposed = exposedAt != null;
    Boolean rotatedAfter = exposed ? c.lastRotated() != null && c.lastRotated().isAfter(exposedAt) : null;
    Boolean usedAfter = exposed ? used && u.last.isAfter(exposedAt) : null;
    List<Findings.Period> gaps = coverageGaps(c);
    boolean covered = covered(c) && gaps.isEmpty();
    TreeSet<Verdict> v = new TreeSet<>();
    if (exposed && !rotatedAfter && usedAfter) {
      v.add(Verdict.EXPOSED_UNROTATED_IN_USE);
    }
    boolean oldKey = u != null && u.lastUnlistedKey != null && c.lastRotated() != null && u.lastUnlistedKey.isAfter(c.lastRotated());
    if (oldKey) {
      v.add(Verdict.ROTATED_OLD_STILL_USED);
    }
    if (c.markedUnused() && used) {
      v.add(Verdict.MARKED_UNUSED_BUT_USED);
    }
    boolean mattersIfUnused = exposed && !rotatedAfter && !usedAfter || c.markedUnused() && !used;
    if (mattersIfUnused && !covered) {
      v.add(Verdict.UNKNOWN);
    } else if (exposed && !rotatedAfter && !usedAfter) {
      v.add(Verdict.EXPOSED_UNROTATED_UNUSED);
    }
    if (v.isEmpty()) {
      v.add(Verdict.OK);
    }
    List<String> verdicts = new ArrayList<>(v.stream().map(Verdict::wireName).toList());
    if (exposed && usedAfter && fromNewInfrastructure(u, exposedAt)) {
      verdicts.add("used-from-new-infrastructure");
    }
    List<Origin> evidence = new ArrayList<>();
    if (used) {
      evidence.add(u.firstAt);
      if (!u.lastAt.equals(u.firstAt)) {
        evidence.add(u.lastAt);
      }
    }
    if (oldKey && !evidence.contains(u.lastUnlistedKeyAt)) {
      evidence.add(u.lastUnlistedKeyAt);
    }
    Boolean stale = covered ? Boolean.valueOf(!used) : used ? Boolean.FALSE : null;
    return new Findings.CredentialAudit(c.id(), v.first().wireName(), verdicts, exposedBy, rotatedAfter, c.markedUnused(),
        used ? u.first : null, used ? u.last : null, usedAfter, c.privileged(), stale, gaps, evidence);
  }

  /** Whether some logsource that could show this credential's use was read at all. */
  private boolean covered(Credential c) {
    for (String l : logsourcesOf(c)) {
      if (logsources.containsKey(l)) {
        return true;
      }
    }
    return false;
  }

  /** The days of the whole read window on which none of the credential's logsources had an event. */
  private List<Findings.Period> coverageGaps(Credential c) {
    Set<Long> days = new HashSet<>();
    for (String l : logsourcesOf(c)) {
      Seen s = logsources.get(l);
      if (s != null) {
        days.addAll(s.days);
      }
    }
    return days.isEmpty() ? List.of() : gaps(days, from, to);
  }

  private static Set<String> logsourcesOf(Credential c) {
    Set<String> out = new HashSet<>();
    for (Identifier i : c.identifiers()) {
      out.addAll(LOGSOURCES.getOrDefault(i.type(), List.of()));
    }
    return out;
  }

  /**
   * Used from an address first seen after the baseline: the exposure when the logs reach back
   * before it, else the logs' first week (an exposure older than the logs has no "before").
   */
  private boolean fromNewInfrastructure(Uses u, Instant exposedAt) {
    Instant baselineEnd = exposedAt.isAfter(from) ? exposedAt : from.plusSeconds(BASELINE_DAYS * 86_400);
    for (Instant first : u.addresses.values()) {
      if (first.isAfter(baselineEnd)) {
        return true;
      }
    }
    return false;
  }

  /** The verdicts in the contract's order of urgency. */
  enum Verdict {
    EXPOSED_UNROTATED_IN_USE,
    ROTATED_OLD_STILL_USED,
    MARKED_UNUSED_BUT_USED,
    UNKNOWN,
    EXPOSED_UNROTATED_UNUSED,
    OK;

    String wireName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }
}
