package io.bulkhead.sigma.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code correlation} section of a correlation rule, checked and normalised.
 *
 * @param type the correlation type
 * @param rules the referenced rules, by id or name, as written
 * @param groupBy the group-by fields (aliases allowed); empty means one group for all events
 * @param timespan the window length
 * @param condition the condition on the count or metric; for temporal types, on the number of
 *     distinct rules that matched (all of them when not given)
 * @param fields the {@code condition.field} names (value types); several are linked by AND: their
 *     values together form one value
 * @param aliases alias name to (rule id or name to field name)
 * @param generate whether the referenced rules also report on their own
 * @param percentile the percentile a {@code value_percentile} computes (Bulkhead reads pySigma's
 *     {@code condition.percentile}; 50, the median, when not given)
 */
public record Correlation(
    Type type,
    List<String> rules,
    List<String> groupBy,
    Duration timespan,
    Range condition,
    List<String> fields,
    Map<String, Map<String, String>> aliases,
    boolean generate,
    BigDecimal percentile) {

  public Correlation {
    Objects.requireNonNull(type, "type");
    rules = List.copyOf(rules);
    groupBy = List.copyOf(groupBy);
    Objects.requireNonNull(timespan, "timespan");
    Objects.requireNonNull(condition, "condition");
    fields = List.copyOf(fields);
    Map<String, Map<String, String>> a = new LinkedHashMap<>();
    aliases.forEach((k, v) -> a.put(k, Map.copyOf(v)));
    aliases = java.util.Collections.unmodifiableMap(a);
  }

  /** The seven correlation types of Sigma 2.1. */
  public enum Type {
    EVENT_COUNT, VALUE_COUNT, TEMPORAL, TEMPORAL_ORDERED, VALUE_SUM, VALUE_AVG, VALUE_PERCENTILE;

    /** The name as rules write it ({@code event_count}). */
    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Type> byName(String name) {
      for (Type t : values()) {
        if (t.wireName().equals(name)) {
          return Optional.of(t);
        }
      }
      return Optional.empty();
    }

    /** Whether the type aggregates a field's values ({@code condition.field} required). */
    public boolean needsField() {
      return this == VALUE_COUNT || this == VALUE_SUM || this == VALUE_AVG || this == VALUE_PERCENTILE;
    }

    /** Whether the type relates several rules in time rather than counting. */
    public boolean temporal() {
      return this == TEMPORAL || this == TEMPORAL_ORDERED;
    }

    @Override
    public String toString() {
      return wireName();
    }
  }

  /**
   * The bounds of a correlation condition, ANDed: {@code gt: 100, lte: 200} is the range 101 to
   * 200. A null bound is not set.
   */
  public record Range(BigDecimal gt, BigDecimal gte, BigDecimal lt, BigDecimal lte, BigDecimal eq, BigDecimal neq) {
    /** No bound at all. */
    public static final Range ANY = new Range(null, null, null, null, null, null);

    /** Whether {@code v} is inside every bound. */
    public boolean test(double v) {
      return (gt == null || v > gt.doubleValue())
          && (gte == null || v >= gte.doubleValue())
          && (lt == null || v < lt.doubleValue())
          && (lte == null || v <= lte.doubleValue())
          && (eq == null || v == eq.doubleValue())
          && (neq == null || v != neq.doubleValue());
    }

    /**
     * Whether only lower bounds are set ({@code gt}, {@code gte}): then the condition can be
     * decided as soon as it holds, without waiting for the window to close.
     */
    public boolean lowerBoundsOnly() {
      return lt == null && lte == null && eq == null && neq == null;
    }

    public boolean isAny() {
      return equals(ANY);
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder();
      append(b, "gt", gt);
      append(b, "gte", gte);
      append(b, "lt", lt);
      append(b, "lte", lte);
      append(b, "eq", eq);
      append(b, "neq", neq);
      return b.isEmpty() ? "any" : b.toString();
    }

    private static void append(StringBuilder b, String op, BigDecimal v) {
      if (v != null) {
        if (!b.isEmpty()) {
          b.append(' ');
        }
        b.append(op).append(' ').append(v.toPlainString());
      }
    }
  }
}
