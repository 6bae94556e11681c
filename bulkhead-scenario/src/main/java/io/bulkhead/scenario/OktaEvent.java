package io.bulkhead.scenario;

import io.bulkhead.event.Origin;
import java.io.IOException;

/**
 * One Okta System Log event (a {@code LogEvent} as {@code /api/v1/logs} returns it): the fields
 * that vary, rendered by {@link OktaJson}. Targets are {@code type, id, alternateId, displayName}
 * quadruples.
 */
final class OktaEvent extends Ev {
  String eventType;
  String legacyEventType;
  String displayMessage;
  String severity = "INFO";
  String result = "SUCCESS";
  String reason;
  String actorId;
  String actorType = "User";
  String actorAlternateId;
  String actorDisplayName;
  Geo.Addr addr;
  String ua;
  String uaBrowser;
  String uaOs;
  String device;
  String sessionId;
  String credentialType;
  String[] targets;
  String transactionType = "WEB";
  String transactionId;
  String apiTokenId;
  String requestUri;
  /** A watched credential this event shows in use, or null. */
  String watch;
  Step step;

  OktaEvent(long t, String eventType) {
    super(t);
    this.eventType = eventType;
  }

  OktaEvent actor(Person p) {
    actorId = p.oktaId();
    actorAlternateId = p.email();
    actorDisplayName = p.displayName();
    return this;
  }

  OktaEvent browser(Agents.Browser b) {
    ua = b.raw();
    uaBrowser = b.oktaBrowser();
    uaOs = b.oktaOs();
    device = "Computer";
    return this;
  }

  OktaEvent outcome(String result, String reason) {
    this.result = result;
    this.reason = reason;
    return this;
  }

  @Override
  boolean planted() {
    return step != null;
  }

  @Override
  void emit(DayRun run) throws IOException {
    OktaSource src = (OktaSource) run.source;
    Origin o = run.sink(OktaSource.SINK).write(t, OktaJson.render(run.buf(), this, src.rng), planted());
    if (watch != null) {
      run.used(watch, t, o);
    }
    if (step != null) {
      step.wrote(o, t);
    }
  }
}
