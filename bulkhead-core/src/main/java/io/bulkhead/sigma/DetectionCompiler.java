package io.bulkhead.sigma;

import io.bulkhead.sigma.model.Condition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Compiles a {@code detection} section (or a filter's {@code filter} section): every search
 * identifier into a condition, then the condition expression over them. Problems in one
 * identifier do not stop the others from being checked.
 */
final class DetectionCompiler {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_.\\-]+");
  private static final Set<String> OPERATORS = Set.of("and", "or", "not", "of", "them", "all", "any", "1", "near");

  private final Problems p;
  private final ValueCompiler values;

  DetectionCompiler(Problems p, ValueCompiler values) {
    this.p = p;
    this.values = values;
  }

  /**
   * The compiled detection, or null when it has errors (reported).
   *
   * @param section the {@code detection} (or {@code filter}) mapping
   * @param reserved keys of the section that are not search identifiers
   * @param what "detection" or "filter", for messages
   */
  Condition compile(Node section, Set<String> reserved, String what) {
    int mark = p.mark();
    if (!Nodes.isMap(section)) {
      p.error(section, "structure", "'" + what + "' must be a map of search identifiers and a condition, not " + Nodes.kind(section));
      return null;
    }
    Map<String, Condition> selections = new LinkedHashMap<>();
    Set<String> failed = new HashSet<>();
    Map<String, Node> keys = new LinkedHashMap<>();
    for (NodeTuple t : Nodes.entries(section)) {
      String name = Nodes.key(t);
      if (name == null) {
        p.error(t.getKeyNode(), "structure", "a search identifier must be a string");
        continue;
      }
      if (keys.containsKey(name)) {
        p.error(t.getKeyNode(), "duplicate", "'" + name + "' appears twice in '" + what + "'; YAML keeps only one");
        continue;
      }
      keys.put(name, t.getKeyNode());
      if (reserved.contains(name)) {
        continue;
      }
      if (name.equals("timeframe")) {
        p.warn(t.getKeyNode(), "unsupported", "'timeframe' belongs to obsolete aggregations and is ignored; use a correlation rule");
        continue;
      }
      if (!IDENTIFIER.matcher(name).matches() || OPERATORS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
        p.error(t.getKeyNode(), "identifier", "'" + name + "' cannot be a search identifier: use letters, digits, '_', '-' and '.',"
            + " and no operator name");
        failed.add(name);
        continue;
      }
      Condition c = identifier(name, t.getKeyNode(), t.getValueNode());
      if (c == null) {
        failed.add(name);
      } else {
        selections.put(name, c);
      }
    }
    Node cond = Nodes.get(section, "condition");
    if (cond == null) {
      p.error(section, "structure", "'" + what + "' has no 'condition'");
      return null;
    }
    List<Node> conditions = Nodes.isSeq(cond) ? Nodes.items(cond) : List.of(cond);
    if (conditions.isEmpty()) {
      p.error(cond, "condition", "the condition list is empty");
    }
    Set<String> used = new HashSet<>();
    List<Condition> terms = new ArrayList<>();
    boolean conditionsOk = !conditions.isEmpty();
    for (Node c : conditions) {
      String text = c instanceof ScalarNode s && !Nodes.isNull(c) ? s.getValue() : null;
      if (text == null) {
        p.error(c, "condition", "a condition must be a string, not " + Nodes.kind(c));
        conditionsOk = false;
        continue;
      }
      Condition compiled = condition(text, c, selections, failed, used);
      if (compiled != null) {
        terms.add(compiled);
      } else {
        conditionsOk = false;
      }
    }
    for (Map.Entry<String, Condition> e : selections.entrySet()) {
      if (conditionsOk && !used.contains(e.getKey())) {
        p.warn(keys.get(e.getKey()), "identifier", "search identifier '" + e.getKey() + "' is not used in the condition");
      }
    }
    if (p.errorsSince(mark)) {
      return null;
    }
    return terms.size() == 1 ? terms.get(0) : new Condition.Or(terms);
  }

  /** One search identifier: a map (AND), a list (OR of keywords and maps), or a single keyword. */
  private Condition identifier(String name, Node key, Node v) {
    if (Nodes.isNull(v)) {
      p.error(key, "value", "search identifier '" + name + "' is empty");
      return null;
    }
    if (Nodes.isScalar(v)) {
      return values.compile(null, List.of(), key, v);
    }
    if (Nodes.isMap(v)) {
      return map(name, v);
    }
    List<Node> items = Nodes.items(v);
    if (items.isEmpty()) {
      p.error(key, "value", "search identifier '" + name + "' is an empty list");
      return null;
    }
    if (items.stream().allMatch(Nodes::isScalar)) {
      return values.compile(null, List.of(), key, v);
    }
    List<Condition> terms = new ArrayList<>();
    boolean ok = true;
    for (Node i : items) {
      Condition c = switch (i) {
        case Node n when Nodes.isMap(n) -> map(name, n);
        case Node n when Nodes.isScalar(n) -> values.compile(null, List.of(), n, n);
        default -> {
          p.error(i, "value", "a list in search identifier '" + name + "' holds strings or maps, not " + Nodes.kind(i));
          yield null;
        }
      };
      if (c == null) {
        ok = false;
      } else {
        terms.add(c);
      }
    }
    return ok ? new Condition.Or(terms) : null;
  }

  /** A map of detection items, ANDed. */
  private Condition map(String name, Node m) {
    List<NodeTuple> entries = Nodes.entries(m);
    if (entries.isEmpty()) {
      p.error(m, "value", "search identifier '" + name + "' has an empty map");
      return null;
    }
    List<Condition> terms = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    boolean ok = true;
    for (NodeTuple t : entries) {
      String key = Nodes.key(t);
      if (key == null) {
        p.error(t.getKeyNode(), "structure", "a field name must be a string");
        ok = false;
        continue;
      }
      if (!seen.add(key)) {
        p.error(t.getKeyNode(), "duplicate", "'" + key + "' appears twice in search identifier '" + name
            + "'; YAML keeps only one (use '|all' or a second selection)");
        ok = false;
        continue;
      }
      String[] parts = key.split("\\|", -1);
      String field = parts[0].strip();
      List<String> mods = List.of(parts).subList(1, parts.length);
      Condition c = values.compile(field.isEmpty() ? null : field, mods, t.getKeyNode(), t.getValueNode());
      if (c == null) {
        ok = false;
      } else {
        terms.add(c);
      }
    }
    if (!ok) {
      return null;
    }
    return terms.size() == 1 ? terms.get(0) : new Condition.And(terms);
  }

  private Condition condition(String text, Node node, Map<String, Condition> selections, Set<String> failed, Set<String> used) {
    List<String> warnings = new ArrayList<>();
    ConditionParser.Expr expr;
    try {
      expr = ConditionParser.parse(text, warnings);
    } catch (ConditionParser.SyntaxError e) {
      int[] at = position(node, e.at);
      p.add(at[0], at[1], Severity.ERROR, e.unsupported ? "unsupported" : "condition", "condition: " + e.getMessage());
      return null;
    }
    warnings.forEach(w -> p.warn(node, "condition", "condition: " + w));
    return new ConditionResolver(p, node, this::position, selections, failed, used).resolve(expr);
  }

  /** Line and column of an offset inside a condition scalar written on one line. */
  int[] position(Node node, int offset) {
    int line = node.getStartMark().map(m -> m.getLine()).orElse(0) + 1;
    int col = node.getStartMark().map(m -> m.getColumn()).orElse(0) + 1;
    int endLine = node.getEndMark().map(m -> m.getLine()).orElse(0) + 1;
    if (node instanceof ScalarNode s && endLine == line && (s.getScalarStyle() == ScalarStyle.PLAIN
        || s.getScalarStyle() == ScalarStyle.SINGLE_QUOTED || s.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED)) {
      return new int[] {line, col + offset + (s.getScalarStyle() == ScalarStyle.PLAIN ? 0 : 1)};
    }
    return new int[] {line, col};
  }
}
