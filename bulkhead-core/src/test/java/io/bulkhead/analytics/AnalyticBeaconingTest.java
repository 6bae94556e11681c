package io.bulkhead.analytics;

import static io.bulkhead.analytics.AnalyticEvents.T0;
import static io.bulkhead.analytics.AnalyticEvents.beacon;
import static io.bulkhead.analytics.AnalyticEvents.connection;
import static io.bulkhead.analytics.AnalyticEvents.http;
import static io.bulkhead.analytics.AnalyticEvents.run;
import static io.bulkhead.analytics.AnalyticEvents.shuffled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bulkhead.event.Event;
import io.bulkhead.event.Origin;
import io.bulkhead.sigma.model.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Beaconing}: regular connections from one source to one destination, on hand-written
 * sequences: implant-like beacons with jitter and missed beats, and the near misses (people,
 * keep-alives, shared services, too few beats), arrival order and the caps.
 */
final class AnalyticBeaconingTest {
  private static final Beaconing DEFAULTS = Beaconing.of(BeaconingConfig.defaults());
  private static final String SERVER = "10.0.3.4";
  private static final String C2 = "198.18.174.214";

  @Test
  void beaconWithJitter_raisesOneHighAlertAtTheConnectionThatCompletedTheRun() {
    List<Event> events = beacon(SERVER, C2, 443, T0, 300, 60, 12, 1, 1);

    List<Alert> alerts = run(DEFAULTS, events);

    assertThat(alerts).singleElement().satisfies(a -> {
      assertThat(a.analytic()).isEqualTo(Beaconing.INFO);
      assertThat(a.level()).isEqualTo(Level.HIGH);
      assertThat(a.origin()).isEqualTo(new Origin("gateway_network.log", 10, 0));
      assertThat(a.time()).isEqualTo(events.get(9).time());
      assertThat(a.entities()).containsEntry("source", SERVER).containsEntry("destination", C2 + ":443")
          .containsEntry("ip", C2).containsEntry("port", "443").containsEntry("connections", "300")
          .containsEntry("logsource", "cloudflare-gateway-network");
      assertThat(Double.parseDouble(a.entities().get("periodSeconds"))).isBetween(50.0, 70.0);
      assertThat(Double.parseDouble(a.entities().get("cv"))).isLessThan(0.25);
    });
  }

  @Test
  void nineBeats_areNotEnough() {
    assertThat(run(DEFAULTS, beacon(SERVER, C2, 443, T0, 9, 60, 5, 1, 1))).isEmpty();
    assertThat(run(DEFAULTS, beacon(SERVER, C2, 443, T0, 10, 60, 5, 1, 1))).hasSize(1);
  }

  @Test
  void aPersonsIrregularVisits_doNotLookPeriodic() {
    Random r = new Random(42);
    List<Event> events = new ArrayList<>();
    double t = 0;
    for (int i = 0; i < 200; i++) {
      events.add(connection("100.96.0.12", C2, 443, T0.plusMillis((long) (t * 1000)), i + 1));
      t += -Math.log(1 - r.nextDouble()) * 90; // Poisson arrivals, mean 90 s
    }

    assertThat(run(DEFAULTS, events)).isEmpty();
  }

  @Test
  void tooMuchJitter_isNotRegular() {
    assertThat(run(DEFAULTS, beacon(SERVER, C2, 443, T0, 200, 60, 45, 3, 1))).isEmpty();
  }

  @Test
  void keepAlivesFasterThanTheMinimumPeriod_areLeftAlone() {
    assertThat(run(DEFAULTS, beacon(SERVER, C2, 443, T0, 200, 3, 0.2, 1, 1))).isEmpty();
  }

  @Test
  void missedBeatsAndRetries_areTolerated() {
    List<Event> events = new ArrayList<>(beacon(SERVER, C2, 443, T0, 60, 60, 6, 7, 1));
    // Every tenth beat missed: one interval in nine is doubled.
    List<Event> gappy = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      if (i % 10 != 9) {
        gappy.add(events.get(i));
      }
    }
    // And a retry a few seconds after some beats.
    for (int i = 3; i < events.size(); i += 7) {
      gappy.add(connection(SERVER, C2, 443, events.get(i).time().plusSeconds(4), 500 + i));
    }

    assertThat(run(DEFAULTS, gappy)).singleElement()
        .satisfies(a -> assertThat(Double.parseDouble(a.entities().get("periodSeconds"))).isBetween(55.0, 65.0));
  }

  @Test
  void aBeatMissedInTwo_isNotRegularAnyMore() {
    List<Event> events = beacon(SERVER, C2, 443, T0, 80, 60, 6, 7, 1);
    List<Event> half = new ArrayList<>();
    Random r = new Random(11);
    for (Event e : events) {
      if (r.nextBoolean()) {
        half.add(e);
      }
    }

    assertThat(run(DEFAULTS, half)).isEmpty();
  }

  @Test
  void severalConnectionsPerBeat_countAsOneBeat() {
    List<Event> events = new ArrayList<>();
    int line = 1;
    for (int i = 0; i < 20; i++) {
      Instant t = T0.plusSeconds(120L * i);
      events.add(connection(SERVER, C2, 443, t, line++));
      events.add(connection(SERVER, C2, 443, t.plusMillis(150), line++));
      events.add(connection(SERVER, C2, 443, t.plusMillis(400), line++));
    }

    assertThat(run(DEFAULTS, events)).singleElement()
        .satisfies(a -> assertThat(a.entities()).containsEntry("periodSeconds", "120.0").containsEntry("connections", "60"));
  }

  @Test
  void aDestinationManySourcesReach_isSharedInfrastructure() {
    List<Event> events = new ArrayList<>();
    for (int s = 0; s < 5; s++) {
      events.addAll(beacon("10.0.4." + s, "203.0.113.80", 443, T0.plusSeconds(s), 50, 30, 2, s, 1 + 1000 * s));
    }
    Beaconing.State st = DEFAULTS.newState();

    assertThat(run(DEFAULTS, st, events)).isEmpty();
    assertThat(DEFAULTS.stats(st).get("regularPairsToCommonDestinations")).isEqualTo(5);
    assertThat(run(DEFAULTS, events.subList(0, 200))).as("four sources are not yet common").hasSize(4);
  }

  @Test
  void internalDestinationsDnsAndNtp_areIgnored() {
    List<Event> events = new ArrayList<>();
    events.addAll(beacon(SERVER, "10.80.1.20", 8443, T0, 50, 60, 2, 1, 1));
    events.addAll(beacon(SERVER, "203.0.113.53", 53, T0, 50, 60, 2, 1, 100));
    events.addAll(beacon(SERVER, "203.0.113.123", 123, T0, 50, 60, 2, 1, 200));
    Beaconing.State st = DEFAULTS.newState();

    assertThat(run(DEFAULTS, st, events)).isEmpty();
    assertThat(DEFAULTS.stats(st).get("connectionsIgnored")).isEqualTo(150);
    Beaconing inside = Beaconing.of(BeaconingConfig.defaults().withIgnoreInternalDestinations(false));
    assertThat(run(inside, events)).singleElement().extracting(a -> a.entities().get("destination")).isEqualTo("10.80.1.20:8443");
  }

  @Test
  void gatewayHttp_isGroupedByHost() {
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      events.add(http("100.96.0.12", "updates.example-c2.test", "203.0.113." + (i % 3 + 1), T0.plusSeconds(300L * i), i + 1));
    }

    assertThat(run(DEFAULTS, events)).singleElement().satisfies(a -> assertThat(a.entities())
        .containsEntry("destination", "updates.example-c2.test").containsEntry("principal", "k.ng@corp.test")
        .containsEntry("periodSeconds", "300.0"));
  }

  @Test
  void anyArrivalOrder_givesTheSameAlerts() {
    List<Event> events = new ArrayList<>();
    events.addAll(beacon(SERVER, C2, 443, T0, 120, 60, 12, 1, 1));
    events.addAll(beacon("10.0.3.5", "198.18.0.9", 8080, T0.plusSeconds(7), 80, 300, 40, 2, 500));
    Random r = new Random(3);
    for (int i = 0; i < 100; i++) {
      events.add(connection("100.96.0.12", "203.0.113.200", 443, T0.plusSeconds(r.nextInt(86_400)), 1000 + i));
    }

    List<Alert> expected = run(DEFAULTS, events);
    assertThat(expected).hasSize(2);
    for (long seed = 1; seed <= 20; seed++) {
      assertThat(run(DEFAULTS, shuffled(events, seed))).as("seed %d", seed).isEqualTo(expected);
    }
  }

  @Test
  void irregularStartThenBeacon_alertsWhereTheRegularRunEnds() {
    List<Event> events = new ArrayList<>();
    long[] irregular = {0, 5, 400, 430, 2000, 2100, 2101, 5000};
    for (int i = 0; i < irregular.length; i++) {
      events.add(connection(SERVER, C2, 443, T0.plusSeconds(irregular[i]), i + 1));
    }
    List<Event> regular = beacon(SERVER, C2, 443, T0.plusSeconds(6000), 30, 60, 3, 5, 100);
    events.addAll(regular);

    assertThat(run(DEFAULTS, events)).singleElement().extracting(Alert::time)
        .satisfies(t -> assertThat(t).isAfter(regular.get(0).time()).isBeforeOrEqualTo(regular.get(9).time()));
  }

  @Test
  void pairCap_forgetsTheLeastRecentlyActivePair() {
    Beaconing small = Beaconing.of(BeaconingConfig.defaults().withLimits(2, 64, 100));
    List<Event> events = new ArrayList<>();
    events.addAll(beacon(SERVER, "198.18.0.1", 443, T0, 20, 60, 1, 1, 1));
    events.addAll(beacon(SERVER, "198.18.0.2", 443, T0.plusSeconds(2_000), 20, 60, 1, 1, 100));
    events.addAll(beacon(SERVER, "198.18.0.3", 443, T0.plusSeconds(4_000), 20, 60, 1, 1, 200));
    Beaconing.State st = small.newState();

    List<Alert> alerts = run(small, st, events);

    assertThat(alerts).extracting(a -> a.entities().get("destination")).containsExactly("198.18.0.2:443", "198.18.0.3:443");
    assertThat(small.stats(st).get("pairsEvicted")).isEqualTo(1);
    assertThat(small.stats(st).get("pairs")).isEqualTo(2);
  }

  @Test
  void connectionsPerPairCap_keepsTheEarliest() {
    Beaconing small = Beaconing.of(BeaconingConfig.defaults().withLimits(100, 12, 100));
    List<Event> events = new ArrayList<>(beacon(SERVER, C2, 443, T0.plusSeconds(600), 30, 60, 2, 1, 1));
    // Ten irregular connections before the beacon, read last: they push the beacon out of the cap.
    for (int i = 0; i < 10; i++) {
      events.add(connection(SERVER, C2, 443, T0.plusSeconds(i * i * 5L), 100 + i));
    }
    Beaconing.State st = small.newState();

    assertThat(run(small, st, events)).isEmpty();
    assertThat(small.stats(st).get("connectionsKept")).isEqualTo(12);
    assertThat(small.stats(st).get("connectionsBeyondPairCap")).isEqualTo(28);
  }

  @Test
  void withLateness_alertsWhenTheClockHasPassed_andOnlyOnce() {
    Beaconing stream = Beaconing.of(BeaconingConfig.defaults().withLateness(Duration.ofMinutes(5)));
    Beaconing.State st = stream.newState();
    List<Alert> out = new ArrayList<>();
    List<Event> events = beacon(SERVER, C2, 443, T0, 40, 60, 5, 1, 1);
    for (int i = 0; i < 10; i++) {
      stream.accept(st, events.get(i), out::add);
    }
    assertThat(out).isEmpty();
    stream.advanceTo(st, events.get(9).time().plus(Duration.ofMinutes(6)), out::add);
    assertThat(out).singleElement().extracting(Alert::time).isEqualTo(events.get(9).time());
    for (int i = 10; i < 40; i++) {
      stream.accept(st, events.get(i), out::add);
    }
    stream.finish(st, out::add);
    assertThat(out).hasSize(1);
  }

  @Test
  void otherFormatsAndEventsWithoutDestination_areNotConnections() {
    Event okta = Event.builder("okta", new Origin("o", 1, 0), AnalyticEvents.JSON.createObjectNode()).time(T0).build();
    Event noDest = Event.builder("cloudflare-gateway-network", new Origin("g", 1, 0),
        AnalyticEvents.JSON.createObjectNode().put("SourceIP", SERVER)).time(T0).build();
    Beaconing.State st = DEFAULTS.newState();

    assertThat(run(DEFAULTS, st, List.of(okta, noDest))).isEmpty();
    assertThat(DEFAULTS.stats(st).get("events")).isEqualTo(2);
    assertThat(DEFAULTS.stats(st).get("connections")).isZero();
  }

  @Test
  void config_refusesNonsense() {
    assertThatThrownBy(() -> BeaconingConfig.defaults().withRegularity(2, 0.2, 0.5, 0.8)).hasMessageContaining("minConnections");
    assertThatThrownBy(() -> BeaconingConfig.defaults().withPeriods(Duration.ofHours(1), Duration.ofMinutes(1)))
        .hasMessageContaining("exceeds");
    assertThatThrownBy(() -> BeaconingConfig.defaults().withLimits(10, 5, 10)).hasMessageContaining("maxTimesPerPair");
  }
}
