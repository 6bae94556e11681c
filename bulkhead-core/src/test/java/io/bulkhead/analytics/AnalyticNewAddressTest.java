package io.bulkhead.analytics;

import static io.bulkhead.analytics.AnalyticEvents.access;
import static io.bulkhead.analytics.AnalyticEvents.day;
import static io.bulkhead.analytics.AnalyticEvents.run;
import static io.bulkhead.analytics.AnalyticEvents.shuffled;
import static io.bulkhead.analytics.AnalyticEvents.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bulkhead.event.Client;
import io.bulkhead.event.Credentials;
import io.bulkhead.event.Event;
import io.bulkhead.event.Origin;
import io.bulkhead.event.Outcome;
import io.bulkhead.sigma.model.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link NewAddress}: a credential used from an address (and network) it never used in the
 * baseline, on hand-written sequences: true positives, near misses, arrival order, and the caps.
 */
final class AnalyticNewAddressTest {
  private static final String TOKEN = "8f2e4a91c7d3b6e5.access";
  private static final NewAddress DEFAULTS = NewAddress.of(NewAddressConfig.defaults());

  /** A token used daily from one address in AS 16509 for two weeks. */
  private static List<Event> habit(String clientId, String ip, long asn, int days) {
    List<Event> out = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      out.add(token(clientId, ip, asn, day(d + 0.4), 100 + d));
    }
    return out;
  }

  @Test
  void tokenFromAnotherNetworkAfterBaseline_raisesOneHighAlertAtItsFirstUse() {
    List<Event> events = new ArrayList<>(habit(TOKEN, "52.20.1.10", 16509, 14));
    events.add(token(TOKEN, "193.0.2.126", 9009L, day(9.5), 7));
    events.add(token(TOKEN, "193.0.2.126", 9009L, day(9.7), 8));
    events.add(token(TOKEN, "193.0.2.126", 9009L, day(12.1), 9));

    List<Alert> alerts = run(DEFAULTS, events);

    assertThat(alerts).singleElement().satisfies(a -> {
      assertThat(a.analytic()).isEqualTo(NewAddress.INFO);
      assertThat(a.level()).isEqualTo(Level.HIGH);
      assertThat(a.time()).isEqualTo(day(9.5));
      assertThat(a.origin()).isEqualTo(new Origin("http_requests.log", 7, 0));
      assertThat(a.entities()).containsEntry("credential", "cf_access_client_id:" + TOKEN)
          .containsEntry("credentialType", "cf_access_client_id").containsEntry("ip", "193.0.2.126")
          .containsEntry("asn", "9009").containsEntry("baselineAddresses", "1").containsEntry("baselineAsns", "16509")
          .containsEntry("logsource", "cloudflare-http-requests");
      assertThat(a.summary()).contains("193.0.2.126", "AS9009", "AS16509");
    });
  }

  @Test
  void newAddressInAnAsnOfTheBaseline_isAKnownNetwork() {
    List<Event> events = new ArrayList<>(habit(TOKEN, "52.20.1.10", 16509, 14));
    events.add(token(TOKEN, "3.80.9.200", 16509L, day(10), 7));
    NewAddress.State s = DEFAULTS.newState();

    assertThat(run(DEFAULTS, s, events)).isEmpty();
    assertThat(DEFAULTS.stats(s).get("newAddressesInKnownNetwork")).isEqualTo(1);
  }

  @Test
  void anotherAsnInsideABaselinePrefix_isStillNew() {
    List<Event> events = new ArrayList<>(habit(TOKEN, "198.51.100.10", 64500, 14));
    events.add(token(TOKEN, "198.51.100.20", 64501L, day(10), 7));

    assertThat(run(DEFAULTS, events)).singleElement().extracting(a -> a.entities().get("ip")).isEqualTo("198.51.100.20");
  }

  @Test
  void serviceAccountInAccessLog_withoutAsn_judgedByPrefix() {
    List<Event> events = new ArrayList<>();
    for (int d = 0; d < 14; d++) {
      events.add(access("svc-crm-sync", "10.0.3.4", day(d + 0.5), d + 1, Outcome.SUCCESS));
    }
    events.add(access("svc-crm-sync", "10.0.3.9", day(10), 50, Outcome.SUCCESS));
    events.add(access("svc-crm-sync", "203.0.113.50", day(11), 51, Outcome.SUCCESS));

    assertThat(run(DEFAULTS, events)).singleElement().satisfies(a -> {
      assertThat(a.entities()).containsEntry("credential", "atlassian_user:svc-crm-sync").containsEntry("ip", "203.0.113.50")
          .containsEntry("principal", "svc-crm-sync").doesNotContainKey("asn");
      assertThat(a.time()).isEqualTo(day(11));
    });
  }

  @Test
  void peopleInAccessLogs_areNotFollowed_unlessThePatternSaysSo() {
    List<Event> events = new ArrayList<>();
    for (int d = 0; d < 14; d++) {
      events.add(access("alice", "10.0.3.4", day(d + 0.5), d + 1, Outcome.SUCCESS));
    }
    events.add(access("alice", "203.0.113.50", day(11), 51, Outcome.SUCCESS));

    assertThat(run(DEFAULTS, events)).isEmpty();
    NewAddress everyone = NewAddress.of(NewAddressConfig.defaults().withServiceAccountName("."));
    assertThat(run(everyone, events)).singleElement().extracting(a -> a.entities().get("credential"))
        .isEqualTo("atlassian_user:alice");
  }

  @Test
  void refusedAttemptFromANewAddress_isNotAUse() {
    List<Event> events = new ArrayList<>();
    for (int d = 0; d < 14; d++) {
      events.add(access("svc-crm-sync", "10.0.3.4", day(d + 0.5), d + 1, Outcome.SUCCESS));
    }
    events.add(access("svc-crm-sync", "203.0.113.50", day(11), 51, Outcome.FAILURE));

    assertThat(run(DEFAULTS, events)).isEmpty();
  }

  @Test
  void addressUsedInTheBaseline_isNeverNew() {
    List<Event> events = new ArrayList<>(habit(TOKEN, "52.20.1.10", 16509, 3));
    events.add(token(TOKEN, "193.0.2.126", 9009L, day(1), 7));
    for (int d = 8; d < 20; d++) {
      events.add(token(TOKEN, "193.0.2.126", 9009L, day(d), 200 + d));
    }

    assertThat(run(DEFAULTS, events)).isEmpty();
  }

  @Test
  void anEarlierUseArrivingLate_movesTheAddressIntoTheBaseline() {
    List<Event> events = new ArrayList<>(habit(TOKEN, "52.20.1.10", 16509, 14));
    events.add(token(TOKEN, "193.0.2.126", 9009L, day(10), 7));
    events.add(token(TOKEN, "193.0.2.126", 9009L, day(2), 8)); // read later, happened earlier

    assertThat(run(DEFAULTS, events)).isEmpty();
  }

  @Test
  void anyArrivalOrder_givesTheSameAlerts() {
    List<Event> events = new ArrayList<>(habit(TOKEN, "52.20.1.10", 16509, 14));
    events.addAll(habit("aaaa.access", "52.20.1.11", 16509, 14));
    events.add(token(TOKEN, "193.0.2.126", 9009L, day(9.5), 7));
    events.add(token(TOKEN, "193.0.2.126", 9009L, day(9.5), 6)); // same instant: the lower line wins
    events.add(token("aaaa.access", "198.18.0.1", 64999L, day(8), 9));
    events.add(token(TOKEN, "203.0.113.7", null, day(13), 10));

    List<Alert> expected = run(DEFAULTS, events);
    assertThat(expected).hasSize(3).extracting(Alert::time).isSorted();
    assertThat(expected.get(1).origin().line()).isEqualTo(6);
    for (long seed = 1; seed <= 20; seed++) {
      assertThat(run(DEFAULTS, shuffled(events, seed))).as("seed %d", seed).isEqualTo(expected);
    }
  }

  @Test
  void baselineUntil_replacesTheDefaultLength() {
    List<Event> events = new ArrayList<>(habit(TOKEN, "52.20.1.10", 16509, 14));
    events.add(token(TOKEN, "193.0.2.126", 9009L, day(3), 7));

    assertThat(run(DEFAULTS, events)).isEmpty();
    NewAddress early = NewAddress.of(NewAddressConfig.defaults().withBaselineUntil(day(2)));
    assertThat(run(early, events)).singleElement().extracting(Alert::time).isEqualTo(day(3));
    NewAddress shortBaseline = NewAddress.of(NewAddressConfig.defaults().withBaseline(Duration.ofDays(1)));
    assertThat(run(shortBaseline, events)).singleElement().extracting(Alert::time).isEqualTo(day(3));
  }

  @Test
  void githubTokenIdAndHashedToken_areOneCredential() {
    List<Event> events = new ArrayList<>();
    for (int d = 0; d < 14; d++) {
      events.add(github("203.0.113.1", day(d), d + 1));
    }
    events.add(github("198.51.100.99", day(10), 40));

    assertThat(run(DEFAULTS, events)).singleElement().extracting(a -> a.entities().get("credential"))
        .isEqualTo("github_token_id:1209932");
  }

  private static Event github(String ip, Instant t, int line) {
    return Event.builder("github-audit", new Origin("audit.json", line, 0), AnalyticEvents.JSON.createObjectNode())
        .time(t).outcome(Outcome.SUCCESS).client(Client.of(ip, null, null, "NL"))
        .credential(Credentials.of(Credentials.GITHUB_TOKEN_ID, "1209932", Credentials.GITHUB_HASHED_TOKEN, "kR3o0Xk2b9=")).build();
  }

  @Test
  void credentialWithoutBaselineUse_raisesOneMediumFirstUseAlert_unlessTurnedOff() {
    List<Event> events = new ArrayList<>(habit(TOKEN, "52.20.1.10", 16509, 14));
    events.add(token("dormant.access", "193.0.2.126", 9009L, day(10), 7));
    events.add(token("dormant.access", "193.0.2.127", 9009L, day(11), 8));

    assertThat(run(DEFAULTS, events)).singleElement().satisfies(a -> {
      assertThat(a.analytic()).isEqualTo(NewAddress.FIRST_USE);
      assertThat(a.level()).isEqualTo(Level.MEDIUM);
      assertThat(a.time()).isEqualTo(day(10));
      assertThat(a.entities()).containsEntry("credential", "cf_access_client_id:dormant.access").containsEntry("ip", "193.0.2.126");
    });
    NewAddress quiet = NewAddress.of(NewAddressConfig.defaults().withReportFirstUse(false));
    NewAddress.State s = quiet.newState();
    assertThat(run(quiet, s, events)).isEmpty();
    assertThat(quiet.stats(s).get("credentialsWithoutBaseline")).isEqualTo(1);
  }

  @Test
  void temporaryAwsKeys_areNotCredentialsWithAHistory() {
    List<Event> events = new ArrayList<>();
    for (int d = 0; d < 14; d++) {
      events.add(aws("AKIA4EXAMPLEKEY00001", "52.20.1.10", day(d), d + 1));
      events.add(aws("ASIA4EXAMPLESESS%04d".formatted(d), "52.20.1.10", day(d + 0.5), 100 + d));
    }
    NewAddress.State s = DEFAULTS.newState();

    assertThat(run(DEFAULTS, s, events)).isEmpty();
    assertThat(DEFAULTS.stats(s).get("credentials")).isEqualTo(1);
  }

  private static Event aws(String key, String ip, Instant t, int line) {
    return Event.builder("cloudtrail", new Origin("trail.json.gz", line, 0), AnalyticEvents.JSON.createObjectNode())
        .time(t).outcome(Outcome.SUCCESS).client(Client.of(ip, "aws-cli/2.13.33", null, null))
        .credential(Credentials.of(Credentials.AWS_ACCESS_KEY_ID, key)).build();
  }

  @Test
  void baselineLargerThanTheAddressCap_saturatesTheCredential() {
    NewAddress small = NewAddress.of(NewAddressConfig.defaults().withLimits(100, 3, 1_000, 10));
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      events.add(token(TOKEN, "198.51.100." + (10 + i * 10), null, day(i), i + 1));
    }
    events.add(token(TOKEN, "203.0.113.77", 9009L, day(10), 20));
    NewAddress.State s = small.newState();

    assertThat(run(small, s, events)).isEmpty();
    AnalyticStats st = small.stats(s);
    assertThat(st.get("credentialsSaturated")).isEqualTo(1);
    assertThat(st.get("addressesEvicted")).isEqualTo(3);
  }

  @Test
  void addressCapAfterTheBaseline_keepsTheEarliestNewAddresses() {
    NewAddress small = NewAddress.of(NewAddressConfig.defaults().withLimits(100, 3, 1_000, 10));
    List<Event> events = new ArrayList<>(habit(TOKEN, "52.20.1.10", 16509, 8));
    events.add(token(TOKEN, "203.0.113.30", 30L, day(12), 30));
    events.add(token(TOKEN, "203.0.113.10", 10L, day(10), 10));
    events.add(token(TOKEN, "203.0.113.20", 20L, day(11), 20));
    NewAddress.State s = small.newState();

    List<Alert> alerts = run(small, s, events);

    assertThat(alerts).extracting(a -> a.entities().get("ip")).containsExactly("203.0.113.10", "203.0.113.20");
    assertThat(small.stats(s).get("addressesEvicted")).isEqualTo(1);
  }

  @Test
  void credentialCap_forgetsTheLeastRecentlyUsed_whichComesBackIncomplete() {
    NewAddress small = NewAddress.of(NewAddressConfig.defaults().withLimits(2, 10, 1_000, 10));
    List<Event> events = new ArrayList<>();
    events.add(token("a.access", "52.20.1.1", 16509L, day(0), 1));
    events.add(token("b.access", "52.20.1.2", 16509L, day(0.1), 2));
    events.add(token("c.access", "52.20.1.3", 16509L, day(0.2), 3)); // forgets a, the least recently used
    events.add(token("b.access", "193.0.2.2", 9009L, day(10), 4));   // b was kept: judged
    events.add(token("a.access", "193.0.2.1", 9009L, day(10), 5));   // a is back without its history; forgets c
    NewAddress.State s = small.newState();

    List<Alert> alerts = run(small, s, events);

    assertThat(alerts).singleElement().extracting(a -> a.entities().get("credential")).isEqualTo("cf_access_client_id:b.access");
    AnalyticStats st = small.stats(s);
    assertThat(st.get("credentialsEvicted")).isEqualTo(2);
    assertThat(st.get("credentialsIncomplete")).isEqualTo(1);
    assertThat(st.get("credentials")).isEqualTo(2);
  }

  @Test
  void sightingCap_forgetsWholeCredentials() {
    NewAddress small = NewAddress.of(NewAddressConfig.defaults().withLimits(100, 10, 4, 10));
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      events.add(token("t" + i + ".access", "52.20.1." + i, 16509L, day(i * 0.1), i + 1));
    }
    NewAddress.State s = small.newState();

    run(small, s, events);

    assertThat(small.stats(s).get("addresses")).isEqualTo(4);
    assertThat(small.stats(s).get("credentialsEvicted")).isEqualTo(2);
  }

  @Test
  void alertsPerCredential_areCapped_andTheRestCounted() {
    NewAddress capped = NewAddress.of(NewAddressConfig.defaults().withLimits(100, 256, 1_000, 2));
    List<Event> events = new ArrayList<>(habit(TOKEN, "52.20.1.10", 16509, 8));
    for (int i = 0; i < 5; i++) {
      events.add(token(TOKEN, "203.0." + i + ".1", 100L + i, day(9 + i), 50 + i));
    }
    NewAddress.State s = capped.newState();

    assertThat(run(capped, s, events)).hasSize(2);
    assertThat(capped.stats(s).get("alertsOverCap")).isEqualTo(3);
  }

  @Test
  void withLateness_alertsOnceTheClockHasPassedTheEvidence() {
    NewAddress stream = NewAddress.of(NewAddressConfig.defaults().withBaselineUntil(day(7)).withLateness(Duration.ofHours(1)));
    NewAddress.State s = stream.newState();
    List<Alert> out = new ArrayList<>();
    for (Event e : habit(TOKEN, "52.20.1.10", 16509, 8)) {
      stream.accept(s, e, out::add);
    }
    stream.accept(s, token(TOKEN, "193.0.2.126", 9009L, day(9), 50), out::add);
    assertThat(out).as("not before the lateness has passed").isEmpty();

    stream.advanceTo(s, day(9).plus(Duration.ofMinutes(59)), out::add);
    assertThat(out).isEmpty();
    stream.advanceTo(s, day(9).plus(Duration.ofMinutes(61)), out::add);
    assertThat(out).singleElement().extracting(Alert::time).isEqualTo(day(9));

    stream.accept(s, token(TOKEN, "193.0.2.126", 9009L, day(9.5), 51), out::add);
    stream.finish(s, out::add);
    assertThat(out).as("never twice").hasSize(1);
  }

  @Test
  void eventsWithoutTimeOrAddress_areLeftOut() {
    Event noTime = Event.builder("cloudflare-http-requests", new Origin("f", 1, 0), AnalyticEvents.JSON.createObjectNode())
        .credential(Credentials.of(Credentials.CF_ACCESS_CLIENT_ID, TOKEN)).client(Client.of("1.2.3.4", null, null, null)).build();
    Event noClient = Event.builder("cloudflare-http-requests", new Origin("f", 2, 0), AnalyticEvents.JSON.createObjectNode())
        .time(Instant.EPOCH).credential(Credentials.of(Credentials.CF_ACCESS_CLIENT_ID, TOKEN)).build();
    NewAddress.State s = DEFAULTS.newState();

    assertThat(run(DEFAULTS, s, List.of(noTime, noClient))).isEmpty();
    assertThat(DEFAULTS.stats(s).get("events")).isEqualTo(2);
    assertThat(DEFAULTS.stats(s).get("credentialUses")).isZero();
  }

  @Test
  void config_refusesNonsense() {
    assertThatThrownBy(() -> NewAddressConfig.defaults().withPrefixes(33, 64)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ipv4Prefix");
    assertThatThrownBy(() -> NewAddressConfig.defaults().withLimits(0, 1, 1, 1)).hasMessageContaining("maxCredentials");
    assertThatThrownBy(() -> NewAddressConfig.defaults().withBaseline(Duration.ofDays(-1))).hasMessageContaining("baseline");
  }
}
