package io.bulkhead.sigma.model;

import java.util.List;
import java.util.Objects;

/**
 * A compiled detection condition: search identifiers, {@code 1 of}/{@code all of} and the
 * condition expression are resolved into this tree of boolean operators over field and keyword
 * tests.
 */
public sealed interface Condition {

  /** True when every term is true; an empty {@code And} is true. */
  record And(List<Condition> terms) implements Condition {
    public And {
      terms = List.copyOf(terms);
    }
  }

  /** True when any term is true; an empty {@code Or} is false. */
  record Or(List<Condition> terms) implements Condition {
    public Or {
      terms = List.copyOf(terms);
    }
  }

  /** The negation of {@code term}. */
  record Not(Condition term) implements Condition {
    public Not {
      Objects.requireNonNull(term, "term");
    }
  }

  /** A value test on one field of the raw document ({@code field|modifiers: values}). */
  record FieldTest(FieldRef field, ValueTest test) implements Condition {
    public FieldTest {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(test, "test");
    }
  }

  /**
   * A keyword search: true when the test holds for any scalar value or any key anywhere in the
   * raw document.
   */
  record Keyword(ValueTest test) implements Condition {
    public Keyword {
      Objects.requireNonNull(test, "test");
    }
  }

  /** A constant, left where the compiler could decide a term without an event. */
  record Constant(boolean value) implements Condition {}

  /** A short, readable rendering for messages and tests. */
  static String render(Condition c) {
    return switch (c) {
      case And a -> join("and", a.terms());
      case Or o -> join("or", o.terms());
      case Not n -> "not " + render(n.term());
      case FieldTest f -> f.field().name() + " " + f.test();
      case Keyword k -> "keyword " + k.test();
      case Constant k -> Boolean.toString(k.value());
    };
  }

  private static String join(String op, List<Condition> terms) {
    StringBuilder b = new StringBuilder("(");
    for (int i = 0; i < terms.size(); i++) {
      if (i > 0) {
        b.append(' ').append(op).append(' ');
      }
      b.append(render(terms.get(i)));
    }
    return b.append(')').toString();
  }
}
