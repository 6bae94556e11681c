package io.bulkhead.scenario;

import io.bulkhead.event.Origin;
import java.io.IOException;

/**
 * A Cloudflare Access login ({@code access_requests}, RFC 3339 times). Logins by people name the
 * identity provider ({@code okta}) and the person; logins with a service token are non-identity
 * logins: no e-mail, no user id (what Cloudflare writes for them is unverified; see
 * docs/scenario.md).
 */
final class AccessEvent extends Ev {
  static final String NON_IDENTITY = "nonidentity";

  boolean allowed = true;
  String host;
  String appUuid;
  String connection = "okta";
  Geo.Addr addr;
  String email = "";
  String uid = "";
  Step step;

  AccessEvent(long t) {
    super(t);
  }

  @Override
  boolean planted() {
    return step != null;
  }

  @Override
  void emit(DayRun run) throws IOException {
    Buf b = run.buf();
    b.open().s("Action", "login").b("Allowed", allowed).s("AppDomain", host).s("AppUUID", appUuid)
        .s("Connection", connection).s("Country", addr.place().cc()).key("CreatedAt");
    TimeText.isoSeconds(b.ch('"'), t).ch('"');
    b.s("Email", email).s("IPAddress", addr.ip()).s("PurposeJustificationPrompt", "")
        .s("PurposeJustificationResponse", "").s("RayID", ((AccessSource) run.source).rng.hex(16))
        .arr("TemporaryAccessApprovers").closeArr().n("TemporaryAccessDuration", 0).s("UserUID", uid).close();
    Origin o = run.sink(AccessSource.SINK).write(t, b, planted());
    if (step != null) {
      step.wrote(o, TimeText.seconds(t));
    }
  }
}
