package io.bulkhead.sigma;

import io.bulkhead.sigma.model.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Replaces the names in a parsed condition with the compiled search identifiers: {@code 1 of x*}
 * becomes an OR of the identifiers the pattern matches, {@code all of them} an AND of every
 * identifier not starting with {@code _}.
 */
final class ConditionResolver {
  private final Problems p;
  private final Node node;
  private final BiFunction<Node, Integer, int[]> position;
  private final Map<String, Condition> selections;
  private final Set<String> failed;
  private final Set<String> used;
  private boolean ok = true;

  ConditionResolver(Problems p, Node node, BiFunction<Node, Integer, int[]> position,
      Map<String, Condition> selections, Set<String> failed, Set<String> used) {
    this.p = p;
    this.node = node;
    this.position = position;
    this.selections = selections;
    this.failed = failed;
    this.used = used;
  }

  /** The resolved condition, or null when a name could not be resolved (reported). */
  Condition resolve(ConditionParser.Expr e) {
    Condition c = walk(e);
    return ok ? c : null;
  }

  private Condition walk(ConditionParser.Expr e) {
    return switch (e) {
      case ConditionParser.Op o -> {
        List<Condition> terms = new ArrayList<>();
        for (ConditionParser.Expr t : o.terms()) {
          terms.add(walk(t));
        }
        yield o.and() ? new Condition.And(terms) : new Condition.Or(terms);
      }
      case ConditionParser.Neg n -> new Condition.Not(walk(n.term()));
      case ConditionParser.Ref r -> ref(r);
      case ConditionParser.Quant q -> quantified(q);
    };
  }

  private Condition ref(ConditionParser.Ref r) {
    used.add(r.name());
    Condition c = selections.get(r.name());
    if (c != null) {
      return c;
    }
    if (!failed.contains(r.name())) {
      error(r.at(), "condition: unknown search identifier '" + r.name() + "'" + hint(r.name()));
    }
    ok = false;
    return new Condition.Constant(false);
  }

  private Condition quantified(ConditionParser.Quant q) {
    List<Condition> terms = new ArrayList<>();
    boolean matchedFailed = false;
    for (Map.Entry<String, Condition> s : selections.entrySet()) {
      if (matches(q.pattern(), s.getKey())) {
        used.add(s.getKey());
        terms.add(s.getValue());
      }
    }
    for (String f : failed) {
      if (matches(q.pattern(), f)) {
        matchedFailed = true;
      }
    }
    if (terms.isEmpty() && !matchedFailed) {
      error(q.at(), "condition: '" + (q.all() ? "all" : "1") + " of " + (q.pattern() == null ? "them" : q.pattern())
          + "' matches no search identifier");
      ok = false;
    }
    if (matchedFailed) {
      ok = false;
    }
    return q.all() ? new Condition.And(terms) : new Condition.Or(terms);
  }

  /** {@code them} covers identifiers not starting with {@code _}; a pattern's {@code *} is any run. */
  static boolean matches(String pattern, String name) {
    if (pattern == null) {
      return !name.startsWith("_");
    }
    // Identifier patterns hold only identifier characters and '*', which SigmaText reads as a wildcard.
    return SigmaText.parse(pattern, false).glob().matches(name, true);
  }

  private String hint(String name) {
    for (String s : selections.keySet()) {
      if (s.equalsIgnoreCase(name)) {
        return " (did you mean '" + s + "'? identifiers are case-sensitive)";
      }
    }
    return "";
  }

  private void error(int offset, String message) {
    int[] at = position.apply(node, offset);
    p.add(at[0], at[1], Severity.ERROR, "condition", message);
  }
}
