package io.bulkhead.sigma;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.bulkhead.sigma.model.Condition;
import io.bulkhead.sigma.model.FieldRef;
import io.bulkhead.sigma.model.Glob;
import io.bulkhead.sigma.model.ValueTest;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Evaluates a compiled condition on a raw document: a pure function of the two, with no state
 * and no allocation beyond what field text needs. Thread-safe.
 */
final class Evaluator {
  private Evaluator() {}

  static boolean eval(Condition c, JsonNode doc) {
    return switch (c) {
      case Condition.And a -> {
        for (Condition t : a.terms()) {
          if (!eval(t, doc)) {
            yield false;
          }
        }
        yield true;
      }
      case Condition.Or o -> {
        for (Condition t : o.terms()) {
          if (eval(t, doc)) {
            yield true;
          }
        }
        yield false;
      }
      case Condition.Not n -> !eval(n.term(), doc);
      case Condition.FieldTest f -> field(f.field(), f.test(), doc);
      case Condition.Keyword k -> keyword(k.test(), doc);
      case Condition.Constant k -> k.value();
    };
  }

  static boolean field(FieldRef f, ValueTest t, JsonNode doc) {
    return switch (t) {
      case ValueTest.Exists e -> Values.present(doc, f) == e.present();
      case ValueTest.IsNull n -> !Values.present(doc, f) || Values.any(doc, f, JsonNode::isNull);
      default -> Values.any(doc, f, v -> value(t, v, doc));
    };
  }

  /** Whether one value satisfies the test; {@code doc} is there for field references. */
  static boolean value(ValueTest t, JsonNode v, JsonNode doc) {
    return switch (t) {
      case ValueTest.Text x -> text(x, v);
      case ValueTest.Regex r -> Values.anyText(v, s -> r.pattern().matcher(s).find());
      case ValueTest.Cidr c -> {
        String s = Values.text(v);
        yield s != null && v.isTextual() && c.range().contains(s);
      }
      case ValueTest.Compare c -> {
        BigDecimal n = number(v);
        yield n != null && c.test(n);
      }
      case ValueTest.TimePart p -> {
        Integer part = TimeParts.extract(v, p.unit());
        yield part != null && value(p.test(), IntNode.valueOf(part), doc);
      }
      case ValueTest.SameAs s -> sameAs(s, v, doc);
      case ValueTest.Neq n -> !v.isNull() && !value(n.test(), v, doc);
      case ValueTest.AnyOf a -> {
        for (ValueTest x : a.tests()) {
          if (value(x, v, doc)) {
            yield true;
          }
        }
        yield false;
      }
      case ValueTest.Exists e -> true; // field-level tests never reach a single value
      case ValueTest.IsNull n -> v.isNull();
    };
  }

  private static boolean text(ValueTest.Text x, JsonNode v) {
    if (Values.anyText(v, s -> x.pattern().matches(s, x.cased()))) {
      return true;
    }
    BigDecimal want = x.pattern().numeric();
    return want != null && v.isNumber() && v.decimalValue().compareTo(want) == 0;
  }

  private static boolean sameAs(ValueTest.SameAs s, JsonNode v, JsonNode doc) {
    String mine = Values.text(v);
    if (mine == null) {
      return false;
    }
    return Values.any(doc, s.other(), o -> {
      String theirs = Values.text(o);
      return theirs != null && compare(mine, theirs, s.position(), s.cased());
    });
  }

  static boolean compare(String value, String literal, Glob.Kind position, boolean cased) {
    String a = cased ? value : Glob.fold(value);
    String b = cased ? literal : Glob.fold(literal);
    return switch (position) {
      case EXACT -> a.equals(b);
      case PREFIX -> a.startsWith(b);
      case SUFFIX -> a.endsWith(b);
      default -> a.contains(b);
    };
  }

  /** A number node's value, or a string that is a plain decimal number; else null. */
  static BigDecimal number(JsonNode v) {
    if (v.isNumber()) {
      return v.decimalValue();
    }
    if (!v.isTextual()) {
      return null;
    }
    String s = v.textValue().strip();
    int n = s.length();
    if (n == 0 || n > 64) {
      return null;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
        return null;
      }
    }
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A keyword holds when the test holds for any key or any scalar anywhere in the document. */
  static boolean keyword(ValueTest t, JsonNode node) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (value(t, TextNode.valueOf(e.getKey()), node) || keyword(t, e.getValue())) {
          return true;
        }
      }
      return false;
    }
    if (node.isArray()) {
      for (JsonNode e : node) {
        if (keyword(t, e)) {
          return true;
        }
      }
      return false;
    }
    return !node.isNull() && value(t, node, node);
  }
}
