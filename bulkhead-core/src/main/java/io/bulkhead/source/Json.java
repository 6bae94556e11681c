package io.bulkhead.source;

import com.fasterxml.jackson.databind.JsonNode;

/** Field access on raw vendor documents. */
final class Json {
  private Json() {}

  /** The text of a field, or null when absent, null, or an empty string. Numbers become their text. */
  static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return textOf(v);
  }

  /** The text of a nested field given as successive names. */
  static String text(JsonNode n, String... path) {
    JsonNode v = n;
    for (String p : path) {
      if (v == null) {
        return null;
      }
      v = v.get(p);
    }
    return textOf(v);
  }

  static JsonNode node(JsonNode n, String... path) {
    JsonNode v = n;
    for (String p : path) {
      if (v == null) {
        return null;
      }
      v = v.get(p);
    }
    return v == null || v.isNull() ? null : v;
  }

  static String textOf(JsonNode v) {
    if (v == null || v.isNull() || v.isContainerNode()) {
      return null;
    }
    String s = v.asText();
    return s.isEmpty() ? null : s;
  }

  static Long longOf(JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isIntegralNumber()) {
      return v.asLong();
    }
    if (v.isTextual()) {
      try {
        return Long.parseLong(v.asText().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  static Integer intOf(JsonNode v) {
    Long l = longOf(v);
    return l == null || l > Integer.MAX_VALUE || l < Integer.MIN_VALUE ? null : l.intValue();
  }

}
