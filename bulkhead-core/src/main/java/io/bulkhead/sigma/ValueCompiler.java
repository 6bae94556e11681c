package io.bulkhead.sigma;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.bulkhead.sigma.model.Condition;
import io.bulkhead.sigma.model.FieldRef;
import io.bulkhead.sigma.model.Glob;
import io.bulkhead.sigma.model.IpRange;
import io.bulkhead.sigma.model.ValueTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Compiles one detection item ({@code field|modifiers: value or values}) into a condition:
 * modifiers are checked, transformations applied to each value, patterns, regexes and networks
 * precomputed. Problems are reported with the position of the key or of the offending value, and
 * compilation goes on so that one pass reports all of them.
 */
final class ValueCompiler {
  /** Most patterns one detection item may expand to (placeholders, encodings). */
  static final int MAX_VARIANTS = 10_000;

  private final Problems p;
  private final Map<String, List<String>> placeholders;
  private final Function<String, FieldRef> fields;

  ValueCompiler(Problems p, Map<String, List<String>> placeholders, Function<String, FieldRef> fields) {
    this.p = p;
    this.placeholders = placeholders;
    this.fields = fields;
  }

  /**
   * The condition for {@code field} (null for a keyword search) with {@code modifiers} and the
   * value node, or null when the item has errors (already reported).
   */
  Condition compile(String field, List<String> modifierNames, Node keyNode, Node valueNode) {
    Modifiers m = Modifiers.parse(modifierNames);
    String where = field == null ? "keywords" : "'" + field + "'";
    m.errors.forEach(e -> p.error(keyNode, "modifier", e + " on " + where));
    m.warnings.forEach(w -> p.warn(keyNode, "modifier", w));
    if (!m.errors.isEmpty()) {
      return null;
    }
    if (field == null && !m.stringOnly()) {
      p.error(keyNode, "modifier", "keyword searches take only string modifiers");
      return null;
    }
    List<Node> values = Nodes.isSeq(valueNode) ? Nodes.items(valueNode) : List.of(valueNode);
    if (values.isEmpty()) {
      p.error(valueNode, "value", "empty list of values for " + where);
      return null;
    }
    boolean ok = true;
    for (Node v : values) {
      if (!Nodes.isScalar(v)) {
        p.error(v, "value", "a value must be a string, number, boolean or null, not " + Nodes.kind(v) + " (" + where + ")");
        ok = false;
      } else if (Nodes.isNull(v) && values.size() > 1) {
        p.error(v, "value", "null cannot be part of a value list; put it in a selection of its own (" + where + ")");
        ok = false;
      }
    }
    if (!ok) {
      return null;
    }
    if (m.all && values.size() == 1) {
      p.warn(keyNode, "modifier", "'all' on a single value has no effect (" + where + ")");
    }
    if (m.exists) {
      return exists(field, keyNode, values);
    }
    if (values.size() == 1 && Nodes.isNull(values.get(0))) {
      if (!modifierNames.isEmpty()) {
        p.error(keyNode, "modifier", "a null value takes no modifiers (" + where + ")");
        return null;
      }
      return leaf(field, new ValueTest.IsNull());
    }
    List<ValueTest> tests = new ArrayList<>();
    int variants = 0;
    for (Node v : values) {
      ValueTest t = value(m, v, field == null, where);
      if (t == null) {
        ok = false;
        continue;
      }
      variants += t instanceof ValueTest.AnyOf a ? a.tests().size() : 1;
      tests.add(t);
    }
    if (!ok) {
      return null;
    }
    if (variants > MAX_VARIANTS) {
      p.error(keyNode, "limit", where + " expands to " + variants + " patterns, more than " + MAX_VARIANTS);
      return null;
    }
    if (m.all) {
      List<Condition> terms = new ArrayList<>();
      for (ValueTest t : tests) {
        terms.add(leaf(field, m.neq ? new ValueTest.Neq(t) : t));
      }
      return terms.size() == 1 ? terms.get(0) : new Condition.And(terms);
    }
    ValueTest any = tests.size() == 1 ? tests.get(0) : new ValueTest.AnyOf(tests);
    return leaf(field, m.neq ? new ValueTest.Neq(any) : any);
  }

  private Condition leaf(String field, ValueTest t) {
    return field == null ? new Condition.Keyword(t) : new Condition.FieldTest(fields.apply(field), t);
  }

  private Condition exists(String field, Node keyNode, List<Node> values) {
    if (field == null) {
      p.error(keyNode, "modifier", "'exists' needs a field");
      return null;
    }
    String t = values.size() == 1 ? Nodes.text(values.get(0)) : null;
    if (t == null || !(t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false"))) {
      p.error(values.get(0), "value", "'exists' takes true or false, not " + (values.size() > 1 ? "a list" : Nodes.kind(values.get(0))));
      return null;
    }
    return leaf(field, new ValueTest.Exists(t.equalsIgnoreCase("true")));
  }

  /** The test for one value node, or null after reporting a problem. */
  private ValueTest value(Modifiers m, Node v, boolean keyword, String where) {
    String text = Nodes.text(v);
    if (m.re) {
      return regex(m, v, text);
    }
    if (m.cidr) {
      try {
        return new ValueTest.Cidr(IpRange.parse(text));
      } catch (IllegalArgumentException e) {
        p.error(v, "cidr", "invalid CIDR network: " + e.getMessage());
        return null;
      }
    }
    if (m.compare != null || m.unit != null) {
      return numeric(m, v, text, where);
    }
    if (m.fieldref) {
      return new ValueTest.SameAs(fields.apply(text), positionKind(m.position()), m.cased);
    }
    return strings(m, v, text, keyword);
  }

  private ValueTest regex(Modifiers m, Node v, String text) {
    int flags = 0;
    if (m.reFlags.contains("i")) {
      flags |= Pattern.CASE_INSENSITIVE;
    }
    if (m.reFlags.contains("m")) {
      flags |= Pattern.MULTILINE;
    }
    if (m.reFlags.contains("s")) {
      flags |= Pattern.DOTALL;
    }
    try {
      return new ValueTest.Regex(Pattern.compile(text, flags));
    } catch (PatternSyntaxException e) {
      p.error(v, "regex", "invalid regular expression '" + text + "': " + e.getDescription()
          + " (Bulkhead runs RE2 syntax: no backreferences or lookaround)");
      return null;
    }
  }

  private ValueTest numeric(Modifiers m, Node v, String text, String where) {
    BigDecimal n = number(text);
    if (n == null) {
      p.error(v, "value", "numeric and time modifiers take numbers, not '" + text + "' (" + where + ")");
      return null;
    }
    ValueTest.Compare c = new ValueTest.Compare(m.compare == null ? ValueTest.Op.EQ : m.compare, n);
    if (m.unit == null) {
      return c;
    }
    int max = switch (m.unit) {
      case MINUTE -> 59;
      case HOUR -> 23;
      case DAY -> 31;
      case WEEK -> 53;
      case MONTH -> 12;
      case YEAR -> Integer.MAX_VALUE;
    };
    if (n.signum() < 0 || n.compareTo(BigDecimal.valueOf(max)) > 0) {
      p.warn(v, "value", "a " + m.unit.name().toLowerCase(java.util.Locale.ROOT) + " is never " + text);
    }
    return new ValueTest.TimePart(m.unit, c);
  }

  static BigDecimal number(String text) {
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private ValueTest strings(Modifiers m, Node v, String text, boolean keyword) {
    boolean literal = !Nodes.quoted(v) && (Nodes.isNumber(v) || Nodes.isBool(v));
    List<SigmaText> vals = List.of(literal ? SigmaText.plain(text) : SigmaText.parse(text, m.has("expand")));
    for (String t : m.transforms) {
      List<SigmaText> next = new ArrayList<>();
      for (SigmaText s : vals) {
        List<SigmaText> r = transform(t, s, v, text);
        if (r == null) {
          return null;
        }
        next.addAll(r);
        if (next.size() > MAX_VARIANTS) {
          p.error(v, "limit", "'" + text + "' expands to more than " + MAX_VARIANTS + " patterns");
          return null;
        }
      }
      vals = next;
    }
    List<ValueTest> out = new ArrayList<>(vals.size());
    for (SigmaText s : vals) {
      if (keyword && m.position() == null) {
        s = s.prependStar().appendStar();
      }
      out.add(new ValueTest.Text(s.glob(), m.cased));
    }
    return out.size() == 1 ? out.get(0) : new ValueTest.AnyOf(out);
  }

  private List<SigmaText> transform(String t, SigmaText s, Node v, String text) {
    return switch (t) {
      case "contains" -> List.of(s.prependStar().appendStar());
      case "startswith" -> List.of(s.appendStar());
      case "endswith" -> List.of(s.prependStar());
      case "windash" -> List.of(s.windash());
      case "utf16le", "utf16be", "utf16" -> List.of(s.utf16(t));
      case "base64", "base64offset" -> {
        if (!s.isPlain()) {
          p.error(v, "value", "'" + t + "' cannot encode wildcards or placeholders ('" + text + "'); escape them or drop the modifier");
          yield null;
        }
        yield t.equals("base64") ? List.of(s.base64()) : s.base64offset();
      }
      case "expand" -> expand(s, v, text);
      default -> throw new IllegalStateException("transform " + t);
    };
  }

  private List<SigmaText> expand(SigmaText s, Node v, String text) {
    List<String> holes = s.holes();
    if (holes.isEmpty()) {
      p.warn(v, "value", "'expand' on a value without a %placeholder% ('" + text + "')");
      return List.of(s);
    }
    List<String> missing = holes.stream().filter(h -> !placeholders.containsKey(h)).distinct().toList();
    if (!missing.isEmpty()) {
      for (String h : missing) {
        p.error(v, "unsupported", "placeholder %" + h + "% has no value; give one with --placeholder " + h + "=VALUE"
            + " (the specification requires tools without a value to reject the rule)");
      }
      return null;
    }
    return s.expand(placeholders);
  }

  private static Glob.Kind positionKind(String position) {
    if (position == null) {
      return Glob.Kind.EXACT;
    }
    return switch (position) {
      case "contains" -> Glob.Kind.CONTAINS;
      case "startswith" -> Glob.Kind.PREFIX;
      default -> Glob.Kind.SUFFIX;
    };
  }
}
