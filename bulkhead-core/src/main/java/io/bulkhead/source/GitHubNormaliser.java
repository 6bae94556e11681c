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

/** GitHub organisation and enterprise audit-log events, from the REST API or a stream. */
record GitHubNormaliser() implements JsonNormaliser {

  @Override
  public LogFormat format() {
    return LogFormat.GITHUB_AUDIT;
  }

  @Override
  public boolean looksLike(JsonNode r) {
    boolean when = r.has("@timestamp") || r.has("created_at") || r.has("_document_id");
    boolean who = r.has("actor") || r.has("org") || r.has("business") || r.has("repo");
    return r.has("action") && r.get("action").isTextual() && who && (when || r.has("actor_id"));
  }

  @Override
  public Event normalise(JsonNode r, Origin origin, ReadContext ctx) throws BadRecord {
    JsonNode when = r.has("@timestamp") ? r.get("@timestamp") : r.get("created_at");
    Integer status = Json.intOf(r.get("status_code"));
    boolean bot = r.path("actor_is_bot").asBoolean(false);
    return Event.builder(format().wireName(), origin, r)
        .time(Times.any(when, ctx.zone()))
        .action(Json.text(r, "action"))
        // The audit log records actions that happened; only API request events carry a status.
        .outcome(status != null && status >= 400 ? Outcome.FAILURE : Outcome.SUCCESS)
        .actor(Actor.of(Json.text(r, "actor_id"), Json.text(r, "actor"),
            r.has("actor_is_bot") ? (bot ? "Bot" : "User") : null))
        .credential(Credentials.of(
            Credentials.GITHUB_TOKEN_ID, Json.text(r, "token_id"),
            Credentials.GITHUB_HASHED_TOKEN, Json.text(r, "hashed_token")))
        .target(target(r))
        .client(Client.of(Json.text(r, "actor_ip"), Json.text(r, "user_agent"), null,
            Json.text(r, "actor_location", "country_code")))
        .http(Http.of(Json.text(r, "request_method"), Json.text(r, "route"), status, null))
        .build();
  }

  private static Target target(JsonNode r) {
    if (Json.text(r, "repo") != null) {
      return Target.of("repository", Json.text(r, "repo_id"), Json.text(r, "repo"));
    }
    if (Json.text(r, "user") != null) {
      return Target.of("user", Json.text(r, "user_id"), Json.text(r, "user"));
    }
    if (Json.text(r, "team") != null) {
      return Target.of("team", null, Json.text(r, "team"));
    }
    if (Json.text(r, "org") != null) {
      return Target.of("organization", Json.text(r, "org_id"), Json.text(r, "org"));
    }
    return null;
  }
}
