package io.bulkhead.source;

import com.fasterxml.jackson.databind.JsonNode;
import io.bulkhead.event.Actor;
import io.bulkhead.event.Client;
import io.bulkhead.event.Credentials;
import io.bulkhead.event.Event;
import io.bulkhead.event.Http;
import io.bulkhead.event.Origin;
import io.bulkhead.event.Outcome;
import io.bulkhead.event.Target;
import java.util.Locale;
import java.util.Set;

/**
 * Cloudflare Logpush datasets. Each job writes its own dataset with its own field names; the time
 * field may be RFC 3339, unix seconds or unix nanoseconds, as the job's {@code timestamp_format}
 * says, and all three are read.
 */
record CloudflareNormaliser(LogFormat dataset) implements JsonNormaliser {
  /** Firewall and gateway actions that mean the request did not go through. */
  private static final Set<String> DENIED = Set.of(
      "block", "drop", "challengefailed", "jschallengefailed", "managedchallengefailed",
      "connectionclose", "forceconnectionclose", "isolate_block", "safesearch_block");

  @Override
  public LogFormat format() {
    return dataset;
  }

  @Override
  public boolean looksLike(JsonNode r) {
    return switch (dataset) {
      case CLOUDFLARE_ACCESS_REQUESTS -> (r.has("AppDomain") || r.has("AppUUID")) && r.has("CreatedAt");
      case CLOUDFLARE_HTTP_REQUESTS -> r.has("EdgeStartTimestamp")
          || r.has("ClientRequestURI") && r.has("EdgeResponseStatus") && !r.has("Kind");
      case CLOUDFLARE_GATEWAY_HTTP -> r.has("Datetime") && (r.has("HTTPHost") || r.has("HTTPMethod"));
      case CLOUDFLARE_GATEWAY_NETWORK -> r.has("Datetime") && r.has("DestinationPort")
          && (r.has("Transport") || r.has("SNI") || r.has("SessionID"));
      case CLOUDFLARE_AUDIT -> r.has("When") && r.has("ActionType");
      case CLOUDFLARE_FIREWALL -> r.has("Datetime") && r.has("Kind") && r.has("ClientIP");
      default -> false;
    };
  }

  @Override
  public Event normalise(JsonNode r, Origin origin, ReadContext ctx) throws BadRecord {
    Event.Builder b = Event.builder(dataset.wireName(), origin, r);
    return switch (dataset) {
      case CLOUDFLARE_ACCESS_REQUESTS -> accessRequest(r, b, ctx);
      case CLOUDFLARE_HTTP_REQUESTS -> httpRequest(r, b, ctx);
      case CLOUDFLARE_GATEWAY_HTTP -> gatewayHttp(r, b, ctx);
      case CLOUDFLARE_GATEWAY_NETWORK -> gatewayNetwork(r, b, ctx);
      case CLOUDFLARE_AUDIT -> audit(r, b, ctx);
      case CLOUDFLARE_FIREWALL -> firewall(r, b, ctx);
      default -> throw new IllegalStateException("not a Cloudflare dataset: " + dataset);
    };
  }

  private static Event accessRequest(JsonNode r, Event.Builder b, ReadContext ctx) throws BadRecord {
    JsonNode allowed = r.get("Allowed");
    return b.time(Times.any(r.get("CreatedAt"), ctx.zone()))
        .action(Json.text(r, "Action"))
        .outcome(allowed == null || !allowed.isBoolean()
            ? Outcome.UNKNOWN : allowed.asBoolean() ? Outcome.SUCCESS : Outcome.FAILURE)
        .actor(Actor.of(Json.text(r, "UserUID"), Json.text(r, "Email"), null))
        .target(Target.of("application", Json.text(r, "AppUUID"), Json.text(r, "AppDomain")))
        .client(Client.of(Json.text(r, "IPAddress"), null, null, Json.text(r, "Country")))
        .build();
  }

  /**
   * Zone HTTP requests. Headers a job logs as custom fields land in {@code RequestHeaders} with
   * lower-case names; Access's service-token and user headers attribute the request.
   */
  private static Event httpRequest(JsonNode r, Event.Builder b, ReadContext ctx) throws BadRecord {
    Integer status = Json.intOf(r.get("EdgeResponseStatus"));
    JsonNode headers = r.path("RequestHeaders");
    return b.time(Times.any(r.get("EdgeStartTimestamp"), ctx.zone()))
        .action(Json.text(r, "ClientRequestMethod"))
        .outcome(httpOutcome(status))
        .actor(Actor.of(null, Json.text(headers, "cf-access-authenticated-user-email"), null))
        .credential(Credentials.of(Credentials.CF_ACCESS_CLIENT_ID, Json.text(headers, "cf-access-client-id")))
        .target(Target.of("host", null, Json.text(r, "ClientRequestHost")))
        .client(Client.of(Json.text(r, "ClientIP"), Json.text(r, "ClientRequestUserAgent"),
            Json.longOf(r.get("ClientASN")), Json.text(r, "ClientCountry")))
        .http(Http.of(Json.text(r, "ClientRequestMethod"), Json.text(r, "ClientRequestURI"), status,
            Json.longOf(r.get("EdgeResponseBytes"))))
        .build();
  }

  private static Event gatewayHttp(JsonNode r, Event.Builder b, ReadContext ctx) throws BadRecord {
    String action = Json.text(r, "Action");
    return b.time(Times.any(r.get("Datetime"), ctx.zone()))
        .action(action)
        .outcome(actionOutcome(action))
        .actor(Actor.of(Json.text(r, "UserID"), Json.text(r, "Email"), null))
        .target(Target.of("host", null, Json.text(r, "HTTPHost")))
        .client(Client.of(Json.text(r, "SourceIP"), Json.text(r, "UserAgent"), null, null))
        .session(Json.text(r, "SessionID"))
        .http(Http.of(Json.text(r, "HTTPMethod"), Json.text(r, "URL"),
            Json.intOf(r.get("HTTPStatusCode")), null))
        .build();
  }

  private static Event gatewayNetwork(JsonNode r, Event.Builder b, ReadContext ctx) throws BadRecord {
    String action = Json.text(r, "Action");
    String dest = Json.text(r, "DestinationIP");
    String port = Json.text(r, "DestinationPort");
    return b.time(Times.any(r.get("Datetime"), ctx.zone()))
        .action(action)
        .outcome(actionOutcome(action))
        .actor(Actor.of(Json.text(r, "UserID"), Json.text(r, "Email"), null))
        .target(Target.of("destination", dest == null ? null : port == null ? dest : dest + ":" + port,
            Json.text(r, "SNI")))
        .client(Client.of(Json.text(r, "SourceIP"), null, null, null))
        .session(Json.text(r, "SessionID"))
        .build();
  }

  private static Event audit(JsonNode r, Event.Builder b, ReadContext ctx) throws BadRecord {
    JsonNode result = r.get("ActionResult");
    return b.time(Times.any(r.get("When"), ctx.zone()))
        .action(Json.text(r, "ActionType"))
        .outcome(result == null || !result.isBoolean()
            ? Outcome.UNKNOWN : result.asBoolean() ? Outcome.SUCCESS : Outcome.FAILURE)
        .actor(Actor.of(Json.text(r, "ActorID"), Json.text(r, "ActorEmail"), Json.text(r, "ActorType")))
        .target(Target.of(Json.text(r, "ResourceType"), Json.text(r, "ResourceID"),
            Json.text(r, "Metadata", "token_name")))
        .client(Client.of(Json.text(r, "ActorIP"), null, null, null))
        .build();
  }

  private static Event firewall(JsonNode r, Event.Builder b, ReadContext ctx) throws BadRecord {
    String action = Json.text(r, "Action");
    String path = Json.text(r, "ClientRequestPath");
    String query = Json.text(r, "ClientRequestQuery");
    String url = path == null ? null : query == null ? path : path + (query.startsWith("?") ? "" : "?") + query;
    return b.time(Times.any(r.get("Datetime"), ctx.zone()))
        .action(action)
        .outcome(actionOutcome(action))
        .target(Target.of("rule", Json.text(r, "RuleID"), Json.text(r, "Description")))
        .client(Client.of(Json.text(r, "ClientIP"), Json.text(r, "ClientRequestUserAgent"),
            Json.longOf(r.get("ClientASN")), Json.text(r, "ClientCountry")))
        .http(Http.of(Json.text(r, "ClientRequestMethod"), url, Json.intOf(r.get("EdgeResponseStatus")), null))
        .build();
  }

  private static Outcome httpOutcome(Integer status) {
    if (status == null || status == 0) {
      return Outcome.UNKNOWN;
    }
    return status < 400 ? Outcome.SUCCESS : Outcome.FAILURE;
  }

  private static Outcome actionOutcome(String action) {
    if (action == null) {
      return Outcome.UNKNOWN;
    }
    return DENIED.contains(action.toLowerCase(Locale.ROOT)) ? Outcome.FAILURE : Outcome.SUCCESS;
  }
}
