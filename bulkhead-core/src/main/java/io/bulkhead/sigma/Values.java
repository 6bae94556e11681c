package io.bulkhead.sigma;

import com.fasterxml.jackson.databind.JsonNode;
import io.bulkhead.sigma.model.FieldRef;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Field lookup on a raw document, with Bulkhead's documented semantics:
 * <ul>
 *   <li>a dotted path walks nested objects ({@code actor.alternateId});
 *   <li>an array met on the way, or at the end, stands for each of its elements: the field's
 *       values are every value reached through any element (nested arrays are flattened);
 *   <li>a key absent in the case written is looked up ignoring case ({@code Status} finds
 *       {@code status}): rule authors and vendors disagree on case, JSON keys rarely differ only
 *       by it;
 *   <li>a key that itself contains dots ({@code "gcp.audit.method_name": ...}) is found when no
 *       nested object answers the path;
 *   <li>a mapped field's values are those of all its paths;
 *   <li>string tests see an object value as its compact JSON and as each scalar nested in it
 *       ({@link #anyText}).
 * </ul>
 */
final class Values {
  private Values() {}

  /** Whether {@code test} holds for any value of {@code field}; null values are passed on too. */
  static boolean any(JsonNode doc, FieldRef field, Predicate<JsonNode> test) {
    for (List<String> path : field.paths()) {
      if (walk(doc, path, 0, test)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the field is present at all (a null value counts as present). */
  static boolean present(JsonNode doc, FieldRef field) {
    return any(doc, field, v -> true);
  }

  private static boolean walk(JsonNode node, List<String> path, int i, Predicate<JsonNode> test) {
    if (node.isArray()) {
      for (JsonNode e : node) {
        if (walk(e, path, i, test)) {
          return true;
        }
      }
      return false;
    }
    if (i == path.size()) {
      return test.test(node);
    }
    if (!node.isObject()) {
      return false;
    }
    JsonNode child = child(node, path.get(i));
    if (child != null) {
      return walk(child, path, i + 1, test);
    }
    // A key spelled with dots: try the longest run of segments first.
    StringBuilder key = new StringBuilder(path.get(i));
    int last = -1;
    JsonNode found = null;
    for (int j = i + 1; j < path.size(); j++) {
      key.append('.').append(path.get(j));
      JsonNode c = child(node, key.toString());
      if (c != null) {
        found = c;
        last = j;
      }
    }
    return found != null && walk(found, path, last + 1, test);
  }

  /** The child under {@code key}: exact, else the first key equal ignoring case. */
  static JsonNode child(JsonNode obj, String key) {
    JsonNode c = obj.get(key);
    if (c != null) {
      return c;
    }
    for (Map.Entry<String, JsonNode> e : obj.properties()) {
      if (e.getKey().equalsIgnoreCase(key)) {
        return e.getValue();
      }
    }
    return null;
  }

  /**
   * Whether {@code test} holds for any text a string test compares a value with. A scalar has
   * one text (strings as they are, numbers and booleans as JSON writes them); an object has its
   * compact JSON and the text of every scalar nested in it, so that {@code contains} finds text
   * inside a nested structure whether or not it spans several values, and finds a string
   * holding quotes as written rather than JSON-escaped. JSON null has no text.
   */
  static boolean anyText(JsonNode v, Predicate<String> test) {
    String t = text(v);
    if (t == null) {
      return false;
    }
    if (test.test(t)) {
      return true;
    }
    return v.isContainerNode() && nested(v, test);
  }

  private static boolean nested(JsonNode container, Predicate<String> test) {
    for (JsonNode c : container) {
      if (c.isContainerNode() ? nested(c, test) : !c.isNull() && test.test(text(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first text of a value: a scalar's text, an object's compact JSON; null for JSON null.
   */
  static String text(JsonNode v) {
    if (v.isTextual()) {
      return v.textValue();
    }
    if (v.isNull() || v.isMissingNode()) {
      return null;
    }
    if (v.isValueNode()) {
      return v.asText();
    }
    return v.toString();
  }
}
