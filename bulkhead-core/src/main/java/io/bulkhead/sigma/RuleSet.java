package io.bulkhead.sigma;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Everything loaded from a set of rule files: the compiled detection and correlation rules, the
 * meta filters (already joined into the rules they apply to), the documents that could not be
 * loaded with their reasons, and every diagnostic, sorted by file and position.
 *
 * <p>Immutable and thread-safe. Run it over events with a {@link Detector}.
 */
public final class RuleSet {
  private final List<CompiledRule> detections;
  private final List<CorrelationRule> correlations;
  private final List<RuleInfo> filters;
  private final List<RejectedRule> rejected;
  private final List<Diagnostic> diagnostics;
  private final Map<RuleInfo, Boolean> alone;

  RuleSet(List<CompiledRule> detections, List<CorrelationRule> correlations, List<RuleInfo> filters,
      List<RejectedRule> rejected, List<Diagnostic> diagnostics, Map<RuleInfo, Boolean> alone) {
    this.detections = List.copyOf(detections);
    this.correlations = List.copyOf(correlations);
    this.filters = List.copyOf(filters);
    this.rejected = List.copyOf(rejected);
    this.diagnostics = List.copyOf(diagnostics);
    this.alone = Map.copyOf(alone);
  }

  /** The detection rules that loaded, in file order. */
  public List<CompiledRule> detections() {
    return detections;
  }

  /** The correlation rules that loaded, in file order. */
  public List<CorrelationRule> correlations() {
    return correlations;
  }

  /** The meta filters that loaded. */
  public List<RuleInfo> filters() {
    return filters;
  }

  /** The documents that did not load, with their errors. */
  public List<RejectedRule> rejected() {
    return rejected;
  }

  /** Every problem found, errors and warnings, sorted by file, line and column. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** The number of rules (detections, correlations, filters) that loaded. */
  public int loaded() {
    return detections.size() + correlations.size() + filters.size();
  }

  /**
   * Whether a loaded rule reports its matches on its own. A rule a correlation refers to
   * reports only through the correlation, unless a correlation that refers to it says
   * {@code generate: true}; this holds for correlations referred to by other correlations too.
   */
  public boolean reportsOnItsOwn(RuleInfo rule) {
    return alone.getOrDefault(rule, false);
  }

  /** The rules (detections and correlations) that satisfy {@code p}, in load order. */
  public List<RuleInfo> infos(Predicate<RuleInfo> p) {
    return java.util.stream.Stream.concat(detections.stream().map(CompiledRule::info),
        correlations.stream().map(CorrelationRule::info)).filter(p).toList();
  }
}
