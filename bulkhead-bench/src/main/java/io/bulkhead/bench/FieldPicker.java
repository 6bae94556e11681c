package io.bulkhead.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the values of a few dotted paths ({@code client.userAgent.rawUserAgent}) out of a JSON
 * object with Jackson's streaming parser, building no tree: subtrees no path enters are skipped
 * token by token. The whole document is still read, so a malformed record is still noticed.
 */
final class FieldPicker {
  /** A trie node: children by field name; {@code slot} >= 0 where a path ends. */
  private static final class Node {
    final Map<String, Node> children = new HashMap<>();
    int slot = -1;
  }

  private final Node root = new Node();
  private final int size;

  FieldPicker(List<String> paths) {
    this.size = paths.size();
    for (int i = 0; i < paths.size(); i++) {
      Node n = root;
      for (String name : paths.get(i).split("\\.")) {
        n = n.children.computeIfAbsent(name, k -> new Node());
      }
      n.slot = i;
    }
  }

  /**
   * The scalar text of each path, in the order given, null where absent, null or not a scalar.
   * The parser must be positioned before the object's start.
   */
  String[] pick(JsonParser p) throws IOException {
    String[] out = new String[size];
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw new IOException("expected a JSON object");
    }
    object(p, root, out);
    return out;
  }

  private static void object(JsonParser p, Node node, String[] out) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      Node child = node.children.get(p.currentName());
      JsonToken v = p.nextToken();
      if (child == null) {
        p.skipChildren();
      } else if (v == JsonToken.START_OBJECT && !child.children.isEmpty()) {
        object(p, child, out);
      } else if (child.slot >= 0 && v.isScalarValue()) {
        out[child.slot] = v == JsonToken.VALUE_NULL ? null : p.getText();
      } else {
        p.skipChildren();
      }
    }
  }
}
