package io.bulkhead.ioc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A JSON document read into a tree that remembers the line each object starts on, so that an
 * indicator from a STIX bundle or a MISP event can name its line; Jackson's own trees forget it.
 */
final class IndicatorJson {
  // STIX and MISP nest a handful of levels; the limit keeps hostile input from exhausting the stack.
  private static final int MAX_DEPTH = 200;
  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private IndicatorJson() {}

  /**
   * A parsed document.
   *
   * @param root the top-level value
   * @param trailingLine the line of content after the top-level value, or 0 when there is none
   */
  record Document(JsonNode root, Map<JsonNode, Long> lines, long trailingLine) {
    /** The line where {@code node} (an object) starts, or 1 when unknown. */
    long line(JsonNode node) {
      Long line = lines.get(node);
      return line == null ? 1 : line;
    }
  }

  /** Parses {@code text}; throws when it does not start with one well-formed JSON value. */
  static Document parse(String text) throws IOException {
    Map<JsonNode, Long> lines = new IdentityHashMap<>();
    try (JsonParser p = FACTORY.createParser(text)) {
      if (p.nextToken() == null) {
        throw new JsonParseException(p, "no JSON value");
      }
      JsonNode root = value(p, lines, 0);
      long trailing = 0;
      try {
        if (p.nextToken() != null) {
          trailing = p.currentTokenLocation().getLineNr();
        }
      } catch (JsonParseException e) {
        trailing = Math.max(1, e.getLocation() == null ? 1 : e.getLocation().getLineNr());
      }
      return new Document(root, lines, trailing);
    }
  }

  private static JsonNode value(JsonParser p, Map<JsonNode, Long> lines, int depth) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      throw new JsonParseException(p, "unexpected end of input");
    }
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && depth >= MAX_DEPTH) {
      throw new JsonParseException(p, "nested deeper than " + MAX_DEPTH + " levels");
    }
    return switch (t) {
      case START_OBJECT -> {
        ObjectNode o = NODES.objectNode();
        lines.put(o, (long) Math.max(1, p.currentTokenLocation().getLineNr()));
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          o.set(name, value(p, lines, depth + 1));
        }
        yield o;
      }
      case START_ARRAY -> {
        ArrayNode a = NODES.arrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          a.add(value(p, lines, depth + 1));
        }
        yield a;
      }
      case VALUE_STRING -> NODES.textNode(p.getText());
      case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
          ? NODES.textNode(p.getText()) : NODES.numberNode(p.getLongValue());
      case VALUE_NUMBER_FLOAT -> NODES.textNode(p.getText()); // kept as written; no value here is a fraction
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      default -> throw new JsonParseException(p, "unexpected " + t);
    };
  }

  /** The text of {@code node}'s field {@code name}, or "" when absent or not a string or number. */
  static String text(JsonNode node, String name) {
    JsonNode v = node == null ? null : node.get(name);
    return v != null && (v.isTextual() || v.isNumber()) ? v.asText() : "";
  }
}
