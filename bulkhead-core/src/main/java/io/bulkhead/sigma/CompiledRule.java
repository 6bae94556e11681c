package io.bulkhead.sigma;

import com.fasterxml.jackson.databind.JsonNode;
import io.bulkhead.event.Event;
import io.bulkhead.sigma.model.Condition;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A detection rule, compiled: its condition (with the meta filters that apply to it joined in),
 * and the reader formats it runs on. Immutable and thread-safe; {@link #matches(Event)} is a pure
 * function of the rule and the event.
 */
public final class CompiledRule {
  private final RuleInfo info;
  private final Condition condition;
  private final List<RuleInfo> filters;
  private final Logsources.Route route;
  private final FieldMapping mapping;

  CompiledRule(RuleInfo info, Condition condition, List<RuleInfo> filters, Logsources.Route route, FieldMapping mapping) {
    this.info = Objects.requireNonNull(info, "info");
    this.condition = Objects.requireNonNull(condition, "condition");
    this.filters = List.copyOf(filters);
    this.route = route;
    this.mapping = mapping;
  }

  public RuleInfo info() {
    return info;
  }

  /** The compiled condition, filters included. */
  public Condition condition() {
    return condition;
  }

  /** The meta filters joined into the condition. */
  public List<RuleInfo> filters() {
    return filters;
  }

  /**
   * The reader formats ({@code okta}, {@code cloudtrail}, ...) the rule runs on; empty when
   * Bulkhead reads nothing for its logsource, or when it has no logsource keys and so runs on
   * every format (see {@link #runsOnEveryFormat()}).
   */
  public Set<String> formats() {
    return route == null ? Set.of() : Set.copyOf(route.formats);
  }

  /** A rule without logsource keys runs on every event. */
  public boolean runsOnEveryFormat() {
    return info.logsource().isEmpty();
  }

  /** Whether Bulkhead reads any log this rule can run on. */
  public boolean routed() {
    return route != null || runsOnEveryFormat();
  }

  /** Whether the rule runs on events read as {@code format}. */
  public boolean runsOn(String format) {
    return runsOnEveryFormat() || route != null && route.formats.contains(format);
  }

  /** Whether the event is one the rule runs on and its raw document matches. */
  public boolean matches(Event e) {
    return runsOn(e.logsource()) && preconditionHolds(e.raw()) && Evaluator.eval(condition, e.raw());
  }

  /** Whether the condition matches the document, whatever log it came from. */
  public boolean matchesDocument(JsonNode raw) {
    return Evaluator.eval(condition, raw);
  }

  boolean preconditionHolds(JsonNode raw) {
    return route == null || route.precondition == null || Evaluator.eval(route.precondition, raw);
  }

  Logsources.Route route() {
    return route;
  }

  FieldMapping mapping() {
    return mapping;
  }

  @Override
  public String toString() {
    return info.key() + " " + Condition.render(condition);
  }
}
