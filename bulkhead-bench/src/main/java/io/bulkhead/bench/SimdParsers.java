package io.bulkhead.bench;

import org.simdjson.JsonValue;
import org.simdjson.SimdJsonParser;

/**
 * The two ways to read a line with simdjson-java: its tape ({@link JsonValue}, a whole-document
 * index queried by name) and its schema-based parser that fills records directly. Kept apart from
 * {@link JacksonParsers} because loading it needs {@code --add-modules jdk.incubator.vector}.
 *
 * <p>simdjson-java parses from offset 0 of an array and wants 64 spare bytes after the document
 * (otherwise it copies), so each line is first copied into a padded buffer; that copy is part of
 * the cost a reader using it would pay. Not thread-safe (one per benchmark thread).
 */
final class SimdParsers {
  /** simdjson-java reads in 64-byte blocks; with this much spare room it does not copy again. */
  private static final int PADDING = 64;
  private static final int MAX_DEPTH = 64;
  /**
   * The parser's capacity also sizes its string scratch buffer, which it fills with whole vector
   * stores past the end of each string: a capacity of one line's length overruns it
   * (IndexOutOfBoundsException in StringParser), so it gets generous room, allocated once.
   */
  private static final int MIN_CAPACITY = 1 << 20;

  private final SimdJsonParser parser;
  private final byte[] padded;
  private final String[][] paths;
  private final Class<? extends SimdSchemas.Fields> schema;

  SimdParsers(FieldSet set, int longestLine) {
    this.parser = new SimdJsonParser(Math.max(MIN_CAPACITY, 4 * (longestLine + PADDING)), MAX_DEPTH);
    this.padded = new byte[longestLine + PADDING];
    this.paths = set.paths().stream().map(s -> s.split("\\.")).toArray(String[][]::new);
    this.schema = set.schema();
  }

  /** The whole line parsed to simdjson's tape, then the fields looked up by name. */
  String[] tape(byte[] b, int off, int len) {
    System.arraycopy(b, off, padded, 0, len);
    JsonValue root = parser.parse(padded, len);
    String[] out = new String[paths.length];
    for (int i = 0; i < paths.length; i++) {
      out[i] = text(root, paths[i]);
    }
    return out;
  }

  /** The line parsed straight into {@link SimdSchemas} records. */
  SimdSchemas.Fields schema(byte[] b, int off, int len) {
    System.arraycopy(b, off, padded, 0, len);
    return parser.parse(padded, len, schema);
  }

  private static String text(JsonValue n, String[] path) {
    JsonValue v = n;
    for (String name : path) {
      if (!v.isObject()) {
        return null;
      }
      v = v.get(name);
      if (v == null) {
        return null;
      }
    }
    if (v.isString()) {
      return v.asString();
    }
    if (v.isLong()) {
      return Long.toString(v.asLong());
    }
    if (v.isDouble()) {
      return Double.toString(v.asDouble());
    }
    if (v.isBoolean()) {
      return Boolean.toString(v.asBoolean());
    }
    return null;
  }
}
