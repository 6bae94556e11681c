package io.bulkhead.source;

import com.fasterxml.jackson.databind.JsonNode;
import io.bulkhead.event.Actor;
import io.bulkhead.event.Client;
import io.bulkhead.event.Event;
import io.bulkhead.event.Origin;
import io.bulkhead.event.Outcome;
import io.bulkhead.event.Target;
import java.time.Instant;

/**
 * Atlassian audit records in every shape the products write: Data Center audit files
 * ({@code auditType}, {@code timestamp{epochSecond,nano}}), the Data Center REST API
 * ({@code type}, ISO {@code timestamp}), Jira Cloud ({@code summary}, {@code created}),
 * Confluence Cloud ({@code summary}, {@code creationDate}) and the organisation audit log
 * ({@code attributes{action,time,actor}}). Audit logs record changes that happened, so the
 * outcome is success. The action is the stable i18n key where the record has one.
 */
record AtlassianAuditNormaliser() implements JsonNormaliser {

  @Override
  public LogFormat format() {
    return LogFormat.ATLASSIAN_AUDIT;
  }

  @Override
  public boolean looksLike(JsonNode r) {
    return r.path("auditType").isObject()
        || r.path("type").isObject() && r.path("type").has("actionI18nKey")
        || r.has("summary") && (r.has("created") || r.has("creationDate"))
        || r.path("attributes").isObject() && r.path("attributes").has("action") && r.path("attributes").has("time");
  }

  @Override
  public Event normalise(JsonNode r, Origin origin, ReadContext ctx) throws BadRecord {
    Event.Builder b = Event.builder(format().wireName(), origin, r).outcome(Outcome.SUCCESS);
    if (r.path("auditType").isObject() || r.path("type").isObject()) {
      return dataCenter(r, b, ctx);
    }
    if (r.path("attributes").isObject()) {
      return organisation(r.get("attributes"), b, ctx);
    }
    if (r.has("creationDate")) {
      return confluenceCloud(r, b, ctx);
    }
    if (r.has("created")) {
      return jiraCloud(r, b, ctx);
    }
    throw new BadRecord("not an Atlassian audit record (no auditType, type, summary or attributes)");
  }

  private static Event dataCenter(JsonNode r, Event.Builder b, ReadContext ctx) throws BadRecord {
    JsonNode type = r.path("auditType").isObject() ? r.get("auditType") : r.get("type");
    String action = Json.text(type, "actionI18nKey");
    JsonNode author = r.path("author");
    return b.time(dcTime(r.get("timestamp"), ctx))
        .action(action != null ? action : Json.text(type, "action"))
        .actor(Actor.of(Json.text(author, "id"), Json.text(author, "name"), Json.text(author, "type")))
        .target(firstObject(r.get("affectedObjects"), "type", "id", "name"))
        .client(Client.of(firstAddress(Json.text(r, "source")), null, null, null))
        .build();
  }

  /** Audit files write {@code {"epochSecond": s, "nano": n}}; the REST API an ISO string. */
  private static Instant dcTime(JsonNode t, ReadContext ctx) throws BadRecord {
    if (t != null && t.isObject()) {
      Long s = Json.longOf(t.get("epochSecond"));
      if (s == null) {
        throw new BadRecord("timestamp object without epochSecond");
      }
      Long n = Json.longOf(t.get("nano"));
      return Instant.ofEpochSecond(s, n == null ? 0 : n);
    }
    return Times.any(t, ctx.zone());
  }

  private static Event jiraCloud(JsonNode r, Event.Builder b, ReadContext ctx) throws BadRecord {
    String author = Json.text(r, "authorAccountId");
    return b.time(Times.any(r.get("created"), ctx.zone()))
        .action(Json.text(r, "summary"))
        .actor(Actor.of(author != null ? author : Json.text(r, "authorKey"), null, null))
        .target(object(r.get("objectItem"), "typeName", "id", "name"))
        .client(Client.of(Json.text(r, "remoteAddress"), null, null, null))
        .build();
  }

  private static Event confluenceCloud(JsonNode r, Event.Builder b, ReadContext ctx) throws BadRecord {
    JsonNode author = r.path("author");
    String name = Json.text(author, "username");
    return b.time(Times.any(r.get("creationDate"), ctx.zone()))
        .action(Json.text(r, "summary"))
        .actor(Actor.of(Json.text(author, "accountId"),
            name != null ? name : Json.text(author, "displayName"), Json.text(author, "type")))
        .target(object(r.get("affectedObject"), "objectType", null, "name"))
        .client(Client.of(Json.text(r, "remoteAddress"), null, null, null))
        .build();
  }

  private static Event organisation(JsonNode a, Event.Builder b, ReadContext ctx) throws BadRecord {
    JsonNode actor = a.path("actor");
    String name = Json.text(actor, "email");
    return b.time(Times.any(a.get("time"), ctx.zone()))
        .action(Json.text(a, "action"))
        .actor(Actor.of(Json.text(actor, "id"), name != null ? name : Json.text(actor, "name"), null))
        .target(firstContext(a.get("context")))
        .client(Client.of(Json.text(a, "location", "ip"), null, null, null))
        .build();
  }

  private static Target firstObject(JsonNode arr, String type, String id, String name) {
    return arr != null && arr.isArray() && !arr.isEmpty() ? object(arr.get(0), type, id, name) : null;
  }

  private static Target object(JsonNode o, String type, String id, String name) {
    if (o == null || !o.isObject()) {
      return null;
    }
    return Target.of(Json.text(o, type), id == null ? null : Json.text(o, id), Json.text(o, name));
  }

  private static Target firstContext(JsonNode arr) {
    if (arr == null || !arr.isArray() || arr.isEmpty()) {
      return null;
    }
    JsonNode c = arr.get(0);
    String name = Json.text(c, "attributes", "email");
    return Target.of(Json.text(c, "type"), Json.text(c, "id"),
        name != null ? name : Json.text(c, "attributes", "name"));
  }

  /** The DC {@code source} can be a forwarding chain {@code client,proxy}: the client comes first. */
  private static String firstAddress(String source) {
    if (source == null) {
      return null;
    }
    int comma = source.indexOf(',');
    return (comma < 0 ? source : source.substring(0, comma)).trim();
  }
}
