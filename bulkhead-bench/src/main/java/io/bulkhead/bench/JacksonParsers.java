package io.bulkhead.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;

/**
 * The two ways to read a line with Jackson: the tree model Bulkhead's reader uses today, and a
 * streaming token walk that keeps only the wanted fields. Not thread-safe (one per benchmark
 * thread).
 */
final class JacksonParsers {
  private final ObjectMapper mapper = new ObjectMapper();
  private final JsonFactory factory = mapper.getFactory();
  private final String[][] paths;
  private final FieldPicker picker;

  JacksonParsers(FieldSet set) {
    List<String> p = set.paths();
    this.paths = p.stream().map(s -> s.split("\\.")).toArray(String[][]::new);
    this.picker = new FieldPicker(p);
  }

  /** {@code ObjectMapper.readTree(byte[], off, len)}, then the fields looked up in the tree. */
  String[] tree(byte[] b, int off, int len) throws IOException {
    JsonNode root = mapper.readTree(b, off, len);
    String[] out = new String[paths.length];
    for (int i = 0; i < paths.length; i++) {
      out[i] = text(root, paths[i]);
    }
    return out;
  }

  /** A {@link JsonParser} token walk that builds no tree. */
  String[] streaming(byte[] b, int off, int len) throws IOException {
    try (JsonParser p = factory.createParser(b, off, len)) {
      return picker.pick(p);
    }
  }

  private static String text(JsonNode n, String[] path) {
    JsonNode v = n;
    for (String name : path) {
      v = v.get(name);
      if (v == null) {
        return null;
      }
    }
    return v.isValueNode() && !v.isNull() ? v.asText() : null;
  }
}
