package io.bulkhead.source;

import com.fasterxml.jackson.databind.JsonNode;
import io.bulkhead.event.Actor;
import io.bulkhead.event.Client;
import io.bulkhead.event.Credentials;
import io.bulkhead.event.Event;
import io.bulkhead.event.Origin;
import io.bulkhead.event.Outcome;
import io.bulkhead.event.Target;
import java.util.Locale;

/** Okta System Log {@code LogEvent}s, as {@code /api/v1/logs}, Log Streaming and event hooks give them. */
record OktaNormaliser() implements JsonNormaliser {

  @Override
  public LogFormat format() {
    return LogFormat.OKTA;
  }

  @Override
  public boolean looksLike(JsonNode r) {
    return r.has("eventType") && (r.has("published") || r.has("uuid") || r.has("legacyEventType"));
  }

  @Override
  public Event normalise(JsonNode r, Origin origin, ReadContext ctx) throws BadRecord {
    JsonNode actor = r.path("actor");
    JsonNode client = r.path("client");
    return Event.builder(format().wireName(), origin, r)
        .time(Times.any(r.get("published"), ctx.zone()))
        .action(Json.text(r, "eventType"))
        .outcome(outcome(Json.text(r, "outcome", "result")))
        .actor(Actor.of(Json.text(actor, "id"), Json.text(actor, "alternateId"), Json.text(actor, "type")))
        .credential(Credentials.of(
            Credentials.OKTA_API_TOKEN_ID, Json.text(r, "transaction", "detail", "requestApiTokenId")))
        .target(target(r.get("target")))
        .client(Client.of(
            Json.text(client, "ipAddress"),
            Json.text(client, "userAgent", "rawUserAgent"),
            Json.longOf(Json.node(r, "securityContext", "asNumber")),
            Json.text(client, "geographicalContext", "country")))
        .session(Json.text(r, "authenticationContext", "externalSessionId"))
        .build();
  }

  /** Okta's results: SUCCESS, FAILURE, ALLOW, DENY, CHALLENGE, SKIPPED, UNKNOWN. */
  static Outcome outcome(String result) {
    if (result == null) {
      return Outcome.UNKNOWN;
    }
    return switch (result.toUpperCase(Locale.ROOT)) {
      case "SUCCESS", "ALLOW" -> Outcome.SUCCESS;
      case "FAILURE", "DENY", "DENIED" -> Outcome.FAILURE;
      default -> Outcome.UNKNOWN;
    };
  }

  /** The first target: Okta lists the principal acted on first, then app or group. */
  private static Target target(JsonNode targets) {
    if (targets == null || !targets.isArray() || targets.isEmpty()) {
      return null;
    }
    JsonNode t = targets.get(0);
    String name = Json.text(t, "alternateId");
    if (name == null || name.equals("unknown")) {
      name = Json.text(t, "displayName");
    }
    return Target.of(Json.text(t, "type"), Json.text(t, "id"), name);
  }
}
