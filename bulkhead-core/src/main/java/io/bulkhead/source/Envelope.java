package io.bulkhead.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * The wrappers vendors put around records: a JSON array (Okta {@code /api/v1/logs}), CloudTrail's
 * {@code {"Records": [...]}}, Okta event hooks' {@code {"data": {"events": [...]}}}, and the pages
 * of the Atlassian REST APIs ({@code entities}, {@code records}, {@code results}, {@code data}).
 */
enum Envelope {
  ARRAY,
  RECORDS,
  DATA_EVENTS,
  ENTITIES,
  RECORDS_LOWER,
  RESULTS,
  DATA_ARRAY;

  static final Set<Envelope> ALL = Set.of(values());

  /** The records a root value holds under any of {@code allowed}: the root itself when unwrapped. */
  static JsonNode records(JsonNode root, Set<Envelope> allowed) {
    if (root.isArray()) {
      return allowed.contains(ARRAY) ? root : null;
    }
    if (!root.isObject()) {
      return null;
    }
    for (Envelope e : allowed) {
      JsonNode arr = e.arrayIn(root);
      if (arr != null && arr.isArray()) {
        return arr;
      }
    }
    return null;
  }

  /** The key of an envelope at an object's top level, for streaming readers. */
  String topKey() {
    return switch (this) {
      case ARRAY -> null;
      case RECORDS -> "Records";
      case DATA_EVENTS, DATA_ARRAY -> "data";
      case ENTITIES -> "entities";
      case RECORDS_LOWER -> "records";
      case RESULTS -> "results";
    };
  }

  private JsonNode arrayIn(JsonNode o) {
    return switch (this) {
      case ARRAY -> null;
      case DATA_EVENTS -> {
        JsonNode d = o.get("data");
        yield d != null && d.isObject() ? d.get("events") : null;
      }
      default -> {
        // Page envelopes are objects whose other keys are paging data, never a record's keys.
        JsonNode v = o.get(topKey());
        yield v != null && v.isArray() && o.size() <= 6 ? v : null;
      }
    };
  }
}
