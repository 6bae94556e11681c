package io.bulkhead.creds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.bulkhead.event.Actor;
import io.bulkhead.event.Client;
import io.bulkhead.event.Credentials;
import io.bulkhead.event.Event;
import io.bulkhead.event.Origin;
import io.bulkhead.event.Outcome;
import io.bulkhead.findings.Findings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The verdicts of the contract, each from the evidence that decides it, and the near misses:
 * failed attempts are not uses, an account is matched only in its own system's logs, a key the
 * ledger lists is the current one, and no logs for a system means "unknown", never "unused".
 */
final class CredentialAuditorTest {
  private static final Instant EXPOSED = Instant.parse("2023-11-05T00:00:00Z");
  private static final Ledger.Exposure BREACH = new Ledger.Exposure("okta-2023-10", EXPOSED, "breach", false,
      Set.of("exposed-token", "exposed-rotated", "exposed-quiet", "exposed-vault"));

  private static Credential cred(String id, String identifiers, String lastRotated, boolean markedUnused) {
    List<Identifier> ids = new ArrayList<>();
    for (String p : identifiers.split(";")) {
      ids.add(new Identifier(p.substring(0, p.indexOf(':')), p.substring(p.indexOf(':') + 1)));
    }
    return new Credential(id, "api_key", id, "sys", "owner@example.com", "admin", ids, null,
        lastRotated == null ? null : Instant.parse(lastRotated), "active", markedUnused, new Origin("ledger.csv", 2, 0));
  }

  private static final List<Credential> LEDGER = List.of(
      cred("exposed-token", "cf_access_client_id:abc.access", "2023-04-01T00:00:00Z", true),
      cred("exposed-rotated", "aws_iam_user:svc-report;aws_access_key_id:AKIANEW", "2023-11-10T00:00:00Z", false),
      cred("exposed-quiet", "okta_api_token_id:00Tquiet", "2023-01-01T00:00:00Z", false),
      cred("exposed-vault", "vault_key_id:v1", "2023-01-01T00:00:00Z", false),
      cred("believed-unused", "atlassian_user:svc-sync", "2023-01-01T00:00:00Z", true),
      cred("daily", "github_token_id:42", "2023-01-01T00:00:00Z", false));

  private static Event event(String logsource, String day, String actor, Credentials creds, Outcome outcome, String ip) {
    return Event.builder(logsource, new Origin(logsource + ".log", 1, 0), JsonNodeFactory.instance.objectNode())
        .time(Instant.parse("2023-11-" + day + "Z")).actor(actor == null ? null : Actor.of(null, actor, null))
        .credential(creds).outcome(outcome).client(Client.of(ip, null, null, null)).build();
  }

  /** Every logsource of the ledger's systems has an event on each day 01-14 (complete coverage). */
  private static List<Event> dailyBackground() {
    List<Event> out = new ArrayList<>();
    for (int d = 1; d <= 14; d++) {
      String day = String.format(java.util.Locale.ROOT, "%02dT12:00:00", d);
      for (String l : List.of("okta", "cloudtrail", "cloudflare-http-requests", "github-audit", "jira-access")) {
        out.add(event(l, day, "someone", Credentials.none(), Outcome.SUCCESS, "198.51.100.1"));
      }
      out.add(event("github-audit", day, "bot", Credentials.of(Credentials.GITHUB_TOKEN_ID, "42"), Outcome.SUCCESS, "198.51.100.9"));
    }
    return out;
  }

  private static Findings.CredentialAudit audit(String id, List<Event> extra) {
    CredentialAuditor a = CredentialAuditor.of(new Ledger(LEDGER, List.of(BREACH), List.of()));
    List<Event> all = new ArrayList<>(dailyBackground());
    all.addAll(extra);
    all.sort(java.util.Comparator.comparing(Event::time));
    all.forEach(a::accept);
    return a.finish().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void exposedUnrotatedTokenUsedAfterTheExposure_isInUse() {
    Findings.CredentialAudit a = audit("exposed-token", List.of(event("cloudflare-http-requests", "12T16:28:38", null,
        Credentials.of(Credentials.CF_ACCESS_CLIENT_ID, "abc.access"), Outcome.SUCCESS, "193.142.58.126")));
    assertThat(a.verdict()).isEqualTo("exposed-unrotated-in-use");
    assertThat(a.verdicts()).containsExactly("exposed-unrotated-in-use", "marked-unused-but-used", "used-from-new-infrastructure");
    assertThat(a.firstUsed()).isEqualTo(Instant.parse("2023-11-12T16:28:38Z"));
    assertThat(a.usedAfterExposure()).isTrue();
    assertThat(a.rotatedAfterExposure()).isFalse();
    assertThat(a.exposedBy()).containsExactly("okta-2023-10");
    assertThat(a.evidence()).extracting(Origin::file).containsExactly("cloudflare-http-requests.log");
  }

  @Test
  void failedAttemptsAreNotUses() {
    Findings.CredentialAudit a = audit("exposed-token", List.of(event("cloudflare-http-requests", "12T16:28:38", null,
        Credentials.of(Credentials.CF_ACCESS_CLIENT_ID, "abc.access"), Outcome.FAILURE, "193.142.58.126")));
    assertThat(a.verdict()).isEqualTo("exposed-unrotated-unused");
    assertThat(a.firstUsed()).isNull();
  }

  /** A refusal after authentication still proves the secret works; a rejected key does not. */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0} {1} -> used: {2}")
  @org.junit.jupiter.params.provider.CsvSource({
    "cloudtrail, AccessDenied, true",
    "cloudtrail, InvalidClientTokenId, false",
    "cloudflare-http-requests, 401, true",
    "cloudflare-http-requests, 403, false",
  })
  void aRefusalCountsAsAUseOnlyAfterAuthentication(String logsource, String refusal, boolean used) {
    com.fasterxml.jackson.databind.node.ObjectNode raw = JsonNodeFactory.instance.objectNode();
    Event.Builder b = Event.builder(logsource, new Origin("x.log", 9, 0), raw).time(Instant.parse("2023-11-12T10:00:00Z"))
        .outcome(Outcome.FAILURE);
    String id;
    if (logsource.equals("cloudtrail")) {
      raw.put("errorCode", refusal);
      b.credential(Credentials.of(Credentials.AWS_ACCESS_KEY_ID, "AKIANEW"));
      id = "exposed-rotated";
    } else {
      b.credential(Credentials.of(Credentials.CF_ACCESS_CLIENT_ID, "abc.access"))
          .http(new io.bulkhead.event.Http("GET", "/", Integer.valueOf(refusal), 0L));
      id = "exposed-token";
    }
    Findings.CredentialAudit a = audit(id, List.of(b.build()));
    assertThat(a.firstUsed() != null).isEqualTo(used);
  }

  @Test
  void rotatedButTheAccountStillUsesAKeyTheLedgerDoesNotList_isOldStillUsed() {
    Findings.CredentialAudit a = audit("exposed-rotated", List.of(event("cloudtrail", "13T06:02:00", "svc-report",
        Credentials.of(Credentials.AWS_ACCESS_KEY_ID, "AKIAOLD"), Outcome.SUCCESS, "203.0.113.5")));
    assertThat(a.verdict()).isEqualTo("rotated-old-still-used");
    assertThat(a.rotatedAfterExposure()).isTrue();
  }

  @Test
  void rotatedAndUsingTheListedKey_isOk() {
    Findings.CredentialAudit a = audit("exposed-rotated", List.of(event("cloudtrail", "13T06:02:00", "svc-report",
        Credentials.of(Credentials.AWS_ACCESS_KEY_ID, "AKIANEW"), Outcome.SUCCESS, "203.0.113.5")));
    assertThat(a.verdict()).isEqualTo("ok");
    assertThat(a.lastUsed()).isEqualTo(Instant.parse("2023-11-13T06:02:00Z"));
  }

  @Test
  void exposedUnrotatedWithCompleteCoverageAndNoUse_isUnused() {
    Findings.CredentialAudit a = audit("exposed-quiet", List.of());
    assertThat(a.verdict()).isEqualTo("exposed-unrotated-unused");
    assertThat(a.coverageGaps()).isEmpty();
    assertThat(a.stale()).isTrue();
  }

  @Test
  void noLogsForTheSystem_isUnknownNotUnused() {
    assertThat(audit("exposed-vault", List.of()).verdict()).isEqualTo("unknown");
  }

  @Test
  void aGapInTheLogsThatCouldShowAUse_isUnknown() {
    CredentialAuditor a = CredentialAuditor.of(new Ledger(LEDGER, List.of(BREACH), List.of()));
    for (Event e : dailyBackground()) {
      boolean okta = e.logsource().equals("okta");
      if (!okta || !e.time().isAfter(Instant.parse("2023-11-06T00:00:00Z")) || e.time().isAfter(Instant.parse("2023-11-09T00:00:00Z"))) {
        a.accept(e);
      }
    }
    Findings.CredentialAudit quiet = a.finish().stream().filter(x -> x.id().equals("exposed-quiet")).findFirst().orElseThrow();
    assertThat(quiet.verdict()).isEqualTo("unknown");
    assertThat(quiet.coverageGaps()).singleElement().satisfies(g -> {
      assertThat(g.from()).isEqualTo(Instant.parse("2023-11-06T00:00:00Z"));
      assertThat(g.to()).isEqualTo(Instant.parse("2023-11-09T00:00:00Z"));
    });
  }

  @Test
  void anAccountIsMatchedInItsOwnSystemsLogsIgnoringCase() {
    Findings.CredentialAudit inJira = audit("believed-unused", List.of(event("jira-access", "03T10:00:00", "SVC-Sync",
        Credentials.none(), Outcome.SUCCESS, "10.0.0.5")));
    assertThat(inJira.verdict()).isEqualTo("marked-unused-but-used");
    Findings.CredentialAudit inOkta = audit("believed-unused", List.of(event("okta", "03T10:00:00", "svc-sync",
        Credentials.none(), Outcome.SUCCESS, "10.0.0.5")));
    assertThat(inOkta.verdict()).as("an Okta user of the same name is another account").isEqualTo("ok");
  }

  @Test
  void usedEveryDayAndNotExposed_isOkAndNotStale() {
    Findings.CredentialAudit a = audit("daily", List.of());
    assertThat(a.verdict()).isEqualTo("ok");
    assertThat(a.stale()).isFalse();
    assertThat(a.exposedBy()).isEmpty();
    assertThat(a.firstUsed()).isEqualTo(Instant.parse("2023-11-01T12:00:00Z"));
  }
}
