package io.bulkhead.source;

import com.fasterxml.jackson.databind.JsonNode;
import io.bulkhead.event.Actor;
import io.bulkhead.event.Client;
import io.bulkhead.event.Credentials;
import io.bulkhead.event.Event;
import io.bulkhead.event.Origin;
import io.bulkhead.event.Outcome;
import io.bulkhead.event.Target;

/** AWS CloudTrail records, from S3 {@code {"Records": [...]}} objects or one record a line. */
record CloudTrailNormaliser() implements JsonNormaliser {
  private static final String[] PARAM_TARGETS = {"userName", "groupName", "roleName", "bucketName", "policyArn"};

  @Override
  public LogFormat format() {
    return LogFormat.CLOUDTRAIL;
  }

  @Override
  public boolean looksLike(JsonNode r) {
    // eventName and eventSource alone are not enough: Sigma's Microsoft 365 taxonomy uses them too.
    String source = Json.text(r, "eventSource");
    return r.has("eventName")
        && (r.has("eventVersion") || r.has("userIdentity") || r.has("awsRegion")
            || source != null && source.endsWith(".amazonaws.com"));
  }

  @Override
  public Event normalise(JsonNode r, Origin origin, ReadContext ctx) throws BadRecord {
    JsonNode id = r.path("userIdentity");
    return Event.builder(format().wireName(), origin, r)
        .time(Times.any(r.get("eventTime"), ctx.zone()))
        .action(Json.text(r, "eventName"))
        .outcome(outcome(r))
        .actor(Actor.of(Json.text(id, "principalId"), actorName(id), Json.text(id, "type")))
        .credential(Credentials.of(Credentials.AWS_ACCESS_KEY_ID, Json.text(id, "accessKeyId")))
        .target(target(r))
        .client(Client.of(Json.text(r, "sourceIPAddress"), Json.text(r, "userAgent"), null, null))
        .build();
  }

  private static Outcome outcome(JsonNode r) {
    if (Json.text(r, "errorCode") != null) {
      return Outcome.FAILURE;
    }
    String login = Json.text(r, "responseElements", "ConsoleLogin");
    if (login != null) {
      return login.equalsIgnoreCase("Success") ? Outcome.SUCCESS : Outcome.FAILURE;
    }
    return Outcome.SUCCESS;
  }

  /** The user name; for roles, the issuer's name and session (the ARN's tail); failing that, the ARN. */
  private static String actorName(JsonNode id) {
    String user = Json.text(id, "userName");
    if (user != null) {
      return user;
    }
    String arn = Json.text(id, "arn");
    if (arn != null) {
      return arn;
    }
    return Json.text(id, "sessionContext", "sessionIssuer", "userName");
  }

  private static Target target(JsonNode r) {
    JsonNode res = r.get("resources");
    if (res != null && res.isArray() && !res.isEmpty()) {
      JsonNode first = res.get(0);
      return Target.of(Json.text(first, "type"), Json.text(first, "ARN"), null);
    }
    JsonNode params = r.get("requestParameters");
    if (params != null && params.isObject()) {
      for (String k : PARAM_TARGETS) {
        String v = Json.text(params, k);
        if (v != null) {
          return Target.of(k, null, v);
        }
      }
    }
    return null;
  }
}
