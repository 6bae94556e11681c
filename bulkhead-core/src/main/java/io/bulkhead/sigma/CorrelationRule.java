package io.bulkhead.sigma;

import io.bulkhead.sigma.model.Correlation;
import io.bulkhead.sigma.model.FieldRef;
import java.util.List;
import java.util.Objects;

/**
 * A correlation rule, linked to the rules (detections or other correlations) it correlates.
 * Immutable; the state a correlation keeps while events flow lives in a {@link Detector}.
 */
public final class CorrelationRule {
  /**
   * One referenced rule, and how to read the group-by values and the aggregated value of what it
   * emits: fields of the matching event for a detection, the group of the match for a
   * correlation.
   */
  record Input(int index, CompiledRule rule, CorrelationRule child, List<FieldRef> groupFields,
      List<String> childGroupKeys, List<FieldRef> valueFields, List<String> childValueKeys) {
    RuleInfo info() {
      return rule != null ? rule.info() : child.info();
    }
  }

  private final RuleInfo info;
  private final Correlation correlation;
  private final List<Input> inputs;

  CorrelationRule(RuleInfo info, Correlation correlation, List<Input> inputs) {
    this.info = Objects.requireNonNull(info, "info");
    this.correlation = Objects.requireNonNull(correlation, "correlation");
    this.inputs = List.copyOf(inputs);
  }

  public RuleInfo info() {
    return info;
  }

  public Correlation correlation() {
    return correlation;
  }

  /** The rules correlated, in the order the rule lists them. */
  public List<RuleInfo> rules() {
    return inputs.stream().map(Input::info).toList();
  }

  List<Input> inputs() {
    return inputs;
  }

  @Override
  public String toString() {
    return info.key() + " " + correlation.type() + " over " + rules().stream().map(RuleInfo::key).toList();
  }
}
