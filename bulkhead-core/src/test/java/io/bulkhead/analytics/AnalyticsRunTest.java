package io.bulkhead.analytics;

import static io.bulkhead.analytics.AnalyticEvents.T0;
import static io.bulkhead.analytics.AnalyticEvents.beacon;
import static io.bulkhead.analytics.AnalyticEvents.day;
import static io.bulkhead.analytics.AnalyticEvents.token;
import static org.assertj.core.api.Assertions.assertThat;

import io.bulkhead.event.Event;
import io.bulkhead.findings.Findings;
import io.bulkhead.sigma.RuleInfo;
import io.bulkhead.sigma.RuleKind;
import io.bulkhead.sigma.model.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Analytics}: the built-ins run together, and their alerts take the shapes hunt and findings use. */
final class AnalyticsRunTest {
  @Test
  void defaults_runEveryBuiltIn_withTheirOwnStateAndStats() {
    List<Event> events = new ArrayList<>();
    for (int d = 0; d < 10; d++) {
      events.add(token("t.access", "52.20.1.10", 16509L, day(d), d + 1));
    }
    events.add(token("t.access", "193.0.2.126", 9009L, day(9), 50));
    events.addAll(beacon("10.0.3.4", "198.18.174.214", 443, T0.plusSeconds(3600), 30, 60, 10, 1, 100));
    Analytics.Run run = Analytics.defaults().start();
    List<Alert> alerts = new ArrayList<>();

    events.forEach(e -> run.accept(e, alerts::add));
    run.finish(alerts::add);

    assertThat(alerts).extracting(a -> a.analytic().name()).containsExactly("credential-new-address", "periodic-beaconing");
    assertThat(run.stats()).extracting(s -> s.analytic().name()).containsExactly("credential-new-address", "periodic-beaconing");
    assertThat(run.stats().get(0).get("events")).isEqualTo(41);
    assertThat(run.stats().get(1).get("connections")).isEqualTo(30);
    assertThat(Analytics.defaults().start().stats().get(0).get("events")).as("a fresh run starts empty").isZero();
  }

  @Test
  void analyticInfo_isARuleForHuntOutput() {
    RuleInfo r = NewAddress.INFO.asRuleInfo(RuleKind.DETECTION);

    assertThat(r.id()).isEqualTo(NewAddress.INFO.id()).matches("[0-9a-f-]{36}");
    assertThat(r.title()).isEqualTo("Credential used from an address it never used before");
    assertThat(r.level()).isEqualTo(Level.HIGH);
    assertThat(r.status()).isEqualTo("stable");
    assertThat(r.tags()).contains("attack.t1078");
    assertThat(r.file()).isEqualTo("builtin:credential-new-address");
    assertThat(r.logsource().isEmpty()).isTrue();
  }

  @Test
  void everyBuiltIn_hasADistinctStableId() {
    List<AnalyticInfo> all = List.of(NewAddress.INFO, NewAddress.FIRST_USE, Beaconing.INFO);
    assertThat(all).extracting(AnalyticInfo::id).doesNotHaveDuplicates()
        .allMatch(id -> id.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
    assertThat(all).extracting(AnalyticInfo::name).doesNotHaveDuplicates();
  }

  @Test
  void alert_becomesAFindingsAlert() {
    List<Alert> alerts = new ArrayList<>();
    NewAddress a = NewAddress.of(NewAddressConfig.defaults());
    NewAddress.State s = a.newState();
    for (int d = 0; d < 10; d++) {
      a.accept(s, token("t.access", "52.20.1.10", 16509L, day(d), d + 1), alerts::add);
    }
    a.accept(s, token("t.access", "193.0.2.126", 9009L, day(9), 50), alerts::add);
    a.finish(s, alerts::add);
    Instant now = Instant.parse("2026-11-29T12:00:00Z");

    Findings.Alert f = alerts.get(0).toFindings(now);

    assertThat(f.rule()).isEqualTo(NewAddress.INFO.id());
    assertThat(f.level()).isEqualTo("high");
    assertThat(f.eventTime()).isEqualTo(day(9));
    assertThat(f.raisedAt()).isEqualTo(now);
    assertThat(f.entities()).containsEntry("credential", "cf_access_client_id:t.access").containsEntry("ip", "193.0.2.126");
  }
}
