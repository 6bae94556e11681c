package io.bulkhead.sigma;

import io.bulkhead.sigma.model.Correlation;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * Reads and checks the {@code correlation} section of a correlation rule. References to other
 * rules are resolved later, when every file is loaded.
 */
final class CorrelationReader {
  private static final Pattern TIMESPAN = Pattern.compile("(\\d{1,9})([smhdw])");
  private static final Set<String> KEYS = Set.of("type", "rules", "aliases", "group-by", "timespan", "condition", "generate");
  private static final Set<String> CONDITION_KEYS = Set.of("gt", "gte", "lt", "lte", "eq", "neq", "field", "percentile");

  private final Problems p;

  CorrelationReader(Problems p) {
    this.p = p;
  }

  Parsed read(RuleInfo info, Node doc) {
    int mark = p.mark();
    Node s = Nodes.get(doc, "correlation");
    if (!Nodes.isMap(s)) {
      p.error(s, "correlation", "'correlation' must be a map, not " + Nodes.kind(s));
      return new Parsed.Failed(info, p);
    }
    Set<String> seen = new HashSet<>();
    for (NodeTuple t : Nodes.entries(s)) {
      String k = Nodes.key(t);
      if (k != null && !seen.add(k)) {
        p.error(t.getKeyNode(), "duplicate", "'" + k + "' appears twice in 'correlation'");
      } else if (k != null && !KEYS.contains(k)) {
        p.warn(t.getKeyNode(), "correlation", "unknown correlation key '" + k + "' is ignored");
      }
    }
    Correlation.Type type = type(s);
    List<String> rules = rules(s);
    Duration timespan = timespan(s);
    List<String> groupBy = groupBy(s);
    Map<String, Map<String, String>> aliases = aliases(s);
    Node condNode = Nodes.get(s, "condition");
    List<String> fields = new ArrayList<>();
    BigDecimal[] bounds = new BigDecimal[6];
    BigDecimal percentile = null;
    if (condNode != null && !Nodes.isMap(condNode)) {
      p.error(condNode, "correlation", "a correlation condition is a map such as {gte: 10}, not " + Nodes.kind(condNode));
    }
    for (NodeTuple t : Nodes.entries(condNode)) {
      String k = Nodes.key(t);
      if (k == null || !CONDITION_KEYS.contains(k)) {
        p.error(t.getKeyNode(), "correlation", "unknown condition key '" + k + "' (gt, gte, lt, lte, eq, neq, field)");
        continue;
      }
      if (k.equals("field")) {
        fields.addAll(Nodes.strings(t.getValueNode()));
        continue;
      }
      BigDecimal v = ValueCompiler.number(Nodes.text(t.getValueNode()));
      if (v == null) {
        p.error(t.getValueNode(), "correlation", "condition '" + k + "' needs a number");
        continue;
      }
      if (k.equals("percentile")) {
        percentile = v;
        if (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0) {
          p.error(t.getValueNode(), "correlation", "a percentile is between 0 and 100");
        }
        continue;
      }
      bounds[List.of("gt", "gte", "lt", "lte", "eq", "neq").indexOf(k)] = v;
    }
    Correlation.Range range = new Correlation.Range(bounds[0], bounds[1], bounds[2], bounds[3], bounds[4], bounds[5]);
    if (type != null) {
      check(type, s, condNode, range, fields, percentile);
    }
    boolean generate = generate(doc, s);
    if (type == null || timespan == null || rules.isEmpty() || p.errorsSince(mark)) {
      return new Parsed.Failed(info, p);
    }
    if (type.needsField() && percentile == null && type == Correlation.Type.VALUE_PERCENTILE) {
      percentile = BigDecimal.valueOf(50);
    }
    Correlation c = new Correlation(type, rules, groupBy, timespan, range, fields, aliases, generate, percentile);
    return new Parsed.Corr(info, p, c, doc, s);
  }

  private void check(Correlation.Type type, Node s, Node condNode, Correlation.Range range, List<String> fields,
      BigDecimal percentile) {
    Node at = condNode != null ? condNode : Nodes.keyNode(s, "type");
    if (!type.temporal() && range.isAny()) {
      p.error(at, "correlation", type + " needs a condition such as {gte: 10}");
    }
    if (type.needsField() && fields.isEmpty()) {
      p.error(at, "correlation", type + " needs 'field' in its condition: the field whose values it aggregates");
    }
    if (!type.needsField() && !fields.isEmpty()) {
      p.warn(at, "correlation", type + " takes no 'field'; ignored");
    }
    if (percentile != null && type != Correlation.Type.VALUE_PERCENTILE) {
      p.warn(at, "correlation", "'percentile' only applies to value_percentile; ignored");
    }
    if (type == Correlation.Type.VALUE_PERCENTILE && percentile == null) {
      p.warn(at, "correlation", "value_percentile without 'percentile': Bulkhead computes the median (50th percentile);"
          + " the specification does not say which percentile its example means");
    }
  }

  private Correlation.Type type(Node s) {
    Node t = Nodes.get(s, "type");
    String v = Nodes.text(t);
    if (v == null) {
      p.error(s, "correlation", "a correlation needs a 'type'");
      return null;
    }
    Correlation.Type type = Correlation.Type.byName(v).orElse(null);
    if (type == null) {
      p.error(t, "correlation", "unknown correlation type '" + v + "' (event_count, value_count, temporal,"
          + " temporal_ordered, value_sum, value_avg, value_percentile)");
    }
    return type;
  }

  private List<String> rules(Node s) {
    Node r = Nodes.get(s, "rules");
    List<String> rules = Nodes.strings(r);
    if (rules.isEmpty()) {
      p.error(r != null ? r : s, "correlation", "a correlation needs 'rules': the ids or names of the rules it correlates");
    }
    if (new HashSet<>(rules).size() != rules.size()) {
      p.error(r, "correlation", "'rules' names a rule twice");
    }
    return rules;
  }

  private Duration timespan(Node s) {
    Node t = Nodes.get(s, "timespan");
    String v = Nodes.text(t);
    if (v == null) {
      p.error(s, "correlation", "a correlation needs a 'timespan' such as 10m");
      return null;
    }
    Matcher m = TIMESPAN.matcher(v);
    if (!m.matches()) {
      p.error(t, "correlation", "timespan '" + v + "' is not a number and a unit (s, m, h, d or w), such as 90m");
      return null;
    }
    long n = Long.parseLong(m.group(1));
    Duration d = switch (m.group(2)) {
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      case "d" -> Duration.ofDays(n);
      default -> Duration.ofDays(7 * n);
    };
    if (d.isZero()) {
      p.error(t, "correlation", "timespan must be longer than zero");
      return null;
    }
    return d;
  }

  private List<String> groupBy(Node s) {
    Node g = Nodes.get(s, "group-by");
    if (g != null && Nodes.isScalar(g) && !Nodes.isNull(g)) {
      p.warn(g, "correlation", "'group-by' should be a list");
    }
    List<String> out = Nodes.strings(g);
    if (new HashSet<>(out).size() != out.size()) {
      p.error(g, "correlation", "'group-by' names a field twice");
    }
    return out;
  }

  private Map<String, Map<String, String>> aliases(Node s) {
    Node a = Nodes.get(s, "aliases");
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    if (a == null || Nodes.isNull(a)) {
      return out;
    }
    if (!Nodes.isMap(a)) {
      p.error(a, "correlation", "'aliases' must map alias names to {rule: field} maps");
      return out;
    }
    for (NodeTuple t : Nodes.entries(a)) {
      Map<String, String> perRule = new LinkedHashMap<>();
      if (!Nodes.isMap(t.getValueNode())) {
        p.error(t.getValueNode(), "correlation", "alias '" + Nodes.key(t) + "' must map rule names to field names");
        continue;
      }
      for (NodeTuple r : Nodes.entries(t.getValueNode())) {
        String field = Nodes.text(r.getValueNode());
        if (Nodes.key(r) == null || field == null) {
          p.error(r.getKeyNode(), "correlation", "alias '" + Nodes.key(t) + "': each rule maps to one field name");
          continue;
        }
        perRule.put(Nodes.key(r), field);
      }
      out.put(Nodes.key(t), perRule);
    }
    return out;
  }

  private boolean generate(Node doc, Node s) {
    Node g = Nodes.get(s, "generate");
    if (g == null) {
      g = Nodes.get(doc, "generate");
    }
    if (g == null || Nodes.isNull(g)) {
      return false;
    }
    if (!Nodes.isBool(g)) {
      p.error(g, "correlation", "'generate' is true or false");
      return false;
    }
    return Boolean.parseBoolean(Nodes.text(g));
  }
}
