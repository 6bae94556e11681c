package io.bulkhead.source;

import com.fasterxml.jackson.databind.JsonNode;
import io.bulkhead.event.Event;
import io.bulkhead.event.Origin;
import io.bulkhead.event.Outcome;
import java.time.Instant;

/**
 * Any other JSON record, kept whole as the raw document so that rules written for other sources
 * (Azure, GCP, Microsoft 365, ...) can run on it. The time and action are taken from the first of
 * the commonly used fields that is present; a time that does not parse is left unset rather than
 * guessed, since the field's meaning is not known.
 */
record GenericJsonNormaliser() implements JsonNormaliser {
  private static final String[][] TIME_FIELDS = {
    {"@timestamp"}, {"timestamp"}, {"time"}, {"eventTime"}, {"published"}, {"created_at"},
    {"createdDateTime"}, {"activityDateTime"}, {"CreationTime"}, {"createdAt"}, {"date"},
    {"datetime"}, {"Datetime"}, {"ts"}, {"receiveTimestamp"}
  };
  private static final String[][] ACTION_FIELDS = {
    {"eventName"}, {"eventType"}, {"operationName"}, {"Operation"}, {"protoPayload", "methodName"},
    {"action"}, {"activityDisplayName"}, {"event"}
  };

  @Override
  public LogFormat format() {
    return LogFormat.JSON;
  }

  @Override
  public boolean looksLike(JsonNode record) {
    return record.isObject();
  }

  @Override
  public Event normalise(JsonNode r, Origin origin, ReadContext ctx) {
    return Event.builder(format().wireName(), origin, r)
        .time(time(r, ctx))
        .action(action(r))
        .outcome(Outcome.UNKNOWN)
        .build();
  }

  private static Instant time(JsonNode r, ReadContext ctx) {
    for (String[] path : TIME_FIELDS) {
      JsonNode n = Json.node(r, path);
      if (n != null && (n.isTextual() || n.isNumber())) {
        try {
          return Times.any(n, ctx.zone());
        } catch (BadRecord e) {
          return null;
        }
      }
    }
    return null;
  }

  private static String action(JsonNode r) {
    for (String[] path : ACTION_FIELDS) {
      JsonNode n = Json.node(r, path);
      if (n != null && n.isTextual()) {
        return n.asText();
      }
    }
    return null;
  }
}
