package io.bulkhead.sigma;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Small, null-tolerant accessors over SnakeYAML nodes. */
final class Nodes {
  private Nodes() {}

  static boolean isMap(Node n) {
    return n instanceof MappingNode;
  }

  static boolean isSeq(Node n) {
    return n instanceof SequenceNode;
  }

  static boolean isScalar(Node n) {
    return n instanceof ScalarNode;
  }

  /** A null scalar ({@code null}, {@code ~} or nothing). */
  static boolean isNull(Node n) {
    return n instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
  }

  static List<NodeTuple> entries(Node n) {
    return n instanceof MappingNode m ? m.getValue() : List.of();
  }

  static List<Node> items(Node n) {
    return n instanceof SequenceNode s ? s.getValue() : List.of();
  }

  /** The key's text, or null when the key is not a scalar. */
  static String key(NodeTuple t) {
    return t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
  }

  /** The value under {@code key} in a mapping, or null. The first wins; duplicates are reported elsewhere. */
  static Node get(Node map, String key) {
    for (NodeTuple t : entries(map)) {
      if (key.equals(key(t))) {
        return t.getValueNode();
      }
    }
    return null;
  }

  /** The key node of {@code key} in a mapping, for positions; or the mapping itself. */
  static Node keyNode(Node map, String key) {
    for (NodeTuple t : entries(map)) {
      if (key.equals(key(t))) {
        return t.getKeyNode();
      }
    }
    return map;
  }

  /**
   * A scalar's value as Sigma text: strings as written, booleans {@code true}/{@code false},
   * integers in decimal (YAML also allows hex and octal), floats as written; null for a null or
   * a non-scalar.
   */
  static String text(Node n) {
    if (!(n instanceof ScalarNode s) || isNull(n)) {
      return null;
    }
    String v = s.getValue();
    if (s.getTag().equals(Tag.INT)) {
      return integer(v);
    }
    if (s.getTag().equals(Tag.BOOL)) {
      return v.toLowerCase(java.util.Locale.ROOT);
    }
    return v;
  }

  private static String integer(String v) {
    String t = v.startsWith("+") ? v.substring(1) : v;
    try {
      if (t.startsWith("0x")) {
        return new BigInteger(t.substring(2), 16).toString();
      }
      if (t.startsWith("0o")) {
        return new BigInteger(t.substring(2), 8).toString();
      }
      return new BigInteger(t).toString();
    } catch (NumberFormatException e) {
      return v;
    }
  }

  /** Whether a scalar was written as a number (int or float tag). */
  static boolean isNumber(Node n) {
    return n instanceof ScalarNode s && (s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.FLOAT));
  }

  static boolean isBool(Node n) {
    return n instanceof ScalarNode s && s.getTag().equals(Tag.BOOL);
  }

  /** Whether a scalar was quoted (then {@code 'true'} is a string, not a boolean). */
  static boolean quoted(Node n) {
    return n instanceof ScalarNode s
        && (s.getScalarStyle() == ScalarStyle.SINGLE_QUOTED || s.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED);
  }

  /** A list of strings from a scalar or a sequence of scalars; non-scalars are skipped. */
  static List<String> strings(Node n) {
    List<String> out = new ArrayList<>();
    if (n instanceof ScalarNode) {
      String t = text(n);
      if (t != null) {
        out.add(t);
      }
    }
    for (Node i : items(n)) {
      String t = text(i);
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  /** A short description of a node's kind for messages: "a list", "a map", "a number", ... */
  static String kind(Node n) {
    if (n == null) {
      return "nothing";
    }
    if (n instanceof MappingNode) {
      return "a map";
    }
    if (n instanceof SequenceNode) {
      return "a list";
    }
    if (isNull(n)) {
      return "null";
    }
    if (isBool(n)) {
      return "a boolean";
    }
    return isNumber(n) ? "a number" : "a string";
  }
}
