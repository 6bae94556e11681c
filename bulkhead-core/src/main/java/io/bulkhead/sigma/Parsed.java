package io.bulkhead.sigma;

import io.bulkhead.sigma.model.Condition;
import io.bulkhead.sigma.model.Correlation;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * One document after compilation, before rules are linked to each other (filters to their
 * rules, correlations to what they correlate). Keeps the nodes that linking reports problems at.
 */
sealed interface Parsed {
  RuleInfo info();

  /** The document's own diagnostics (linking adds to them). */
  Problems problems();

  /** A detection rule: its condition and route. */
  record Detection(RuleInfo info, Problems problems, Condition condition, Logsources.Route route,
      FieldMapping mapping) implements Parsed {}

  /** A correlation rule. */
  record Corr(RuleInfo info, Problems problems, Correlation correlation, Node doc, Node section)
      implements Parsed {}

  /** A meta filter: the rules it applies to ({@code any}: all of its logsource) and its condition. */
  record Filter(RuleInfo info, Problems problems, List<String> rules, boolean any, Condition condition,
      Node rulesNode) implements Parsed {}

  /** A document that failed; its errors are in {@link #problems()}. */
  record Failed(RuleInfo info, Problems problems) implements Parsed {}
}
