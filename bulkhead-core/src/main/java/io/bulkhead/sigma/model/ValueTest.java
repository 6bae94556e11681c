package io.bulkhead.sigma.model;

import com.google.re2j.Pattern;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a field's value must satisfy: the compiled form of a value list with its modifiers.
 *
 * <p>{@link Exists} and {@link IsNull} test the field as a whole; the other tests hold for a
 * field when they hold for any one of its values (a path through an array yields every element).
 */
public sealed interface ValueTest {

  /** A string comparison with {@code *}/{@code ?} wildcards; case-insensitive unless {@code cased}. */
  record Text(Glob pattern, boolean cased) implements ValueTest {
    public Text {
      Objects.requireNonNull(pattern, "pattern");
    }

    @Override
    public String toString() {
      return (cased ? "cased " : "") + "'" + pattern + "'";
    }
  }

  /** A regular expression (RE2 syntax, linear time), found anywhere in the value. */
  record Regex(Pattern pattern) implements ValueTest {
    public Regex {
      Objects.requireNonNull(pattern, "pattern");
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Regex r && r.pattern.pattern().equals(pattern.pattern()) && r.pattern.flags() == pattern.flags();
    }

    @Override
    public int hashCode() {
      return pattern.pattern().hashCode() * 31 + pattern.flags();
    }

    @Override
    public String toString() {
      return "re /" + pattern.pattern() + "/";
    }
  }

  /** An IP address inside a network ({@code cidr}). */
  record Cidr(IpRange range) implements ValueTest {
    public Cidr {
      Objects.requireNonNull(range, "range");
    }

    @Override
    public String toString() {
      return "cidr " + range;
    }
  }

  /** A numeric comparison ({@code gt}, {@code gte}, {@code lt}, {@code lte}, or equality). */
  record Compare(Op op, BigDecimal value) implements ValueTest {
    public Compare {
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(value, "value");
    }

    /** Whether {@code v op value}. */
    public boolean test(BigDecimal v) {
      int c = v.compareTo(value);
      return switch (op) {
        case EQ -> c == 0;
        case GT -> c > 0;
        case GTE -> c >= 0;
        case LT -> c < 0;
        case LTE -> c <= 0;
      };
    }

    @Override
    public String toString() {
      return op.name().toLowerCase(Locale.ROOT) + " " + value.toPlainString();
    }
  }

  /** The comparison operators of numeric modifiers. */
  enum Op { EQ, GT, GTE, LT, LTE }

  /** The field is absent or null ({@code field: null}). */
  record IsNull() implements ValueTest {
    @Override
    public String toString() {
      return "null";
    }
  }

  /** The field is present (whatever its value, null included) or absent ({@code exists}). */
  record Exists(boolean present) implements ValueTest {
    @Override
    public String toString() {
      return "exists " + present;
    }
  }

  /**
   * The value compared with the values of another field of the same event ({@code fieldref}):
   * equal, or starting with, ending with or containing it.
   */
  record SameAs(FieldRef other, Glob.Kind position, boolean cased) implements ValueTest {
    public SameAs {
      Objects.requireNonNull(other, "other");
      Objects.requireNonNull(position, "position");
      if (position == Glob.Kind.PATTERN) {
        throw new IllegalArgumentException("fieldref compares as exact, prefix, suffix or contains");
      }
    }

    @Override
    public String toString() {
      return "fieldref " + position.name().toLowerCase(Locale.ROOT) + " " + other.name();
    }
  }

  /** A part of a date value (minute, hour, ...) tested as a number. */
  record TimePart(Unit unit, ValueTest test) implements ValueTest {
    public TimePart {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(test, "test");
    }

    @Override
    public String toString() {
      return unit.name().toLowerCase(Locale.ROOT) + " " + test;
    }
  }

  /** The parts of a date the time modifiers extract. */
  enum Unit { MINUTE, HOUR, DAY, WEEK, MONTH, YEAR }

  /** A present, non-null value for which {@code test} does not hold ({@code neq}). */
  record Neq(ValueTest test) implements ValueTest {
    public Neq {
      Objects.requireNonNull(test, "test");
    }

    @Override
    public String toString() {
      return "neq " + test;
    }
  }

  /** Any of the tests holds for a value (a value list, or the variants of an encoding). */
  record AnyOf(List<ValueTest> tests) implements ValueTest {
    public AnyOf {
      tests = List.copyOf(tests);
    }

    @Override
    public String toString() {
      return "any" + tests;
    }
  }
}
