/**
 * Sigma 2.1 detection: rules, meta filters and correlations, compiled once and evaluated on
 * Bulkhead events.
 *
 * <p>{@link io.bulkhead.sigma.SigmaLoader} reads rule files (YAML, multi-document, Sigma 1.x
 * collections), checks every document and compiles it; problems never throw but become
 * {@link io.bulkhead.sigma.Diagnostic}s with file, line and column, and the rules that could not
 * be loaded {@link io.bulkhead.sigma.RejectedRule}s with their reasons. The result is a
 * {@link io.bulkhead.sigma.RuleSet}: {@link io.bulkhead.sigma.CompiledRule}s (detections with the
 * filters that apply to them joined in) and {@link io.bulkhead.sigma.CorrelationRule}s linked to
 * what they correlate. Both are immutable; evaluating a compiled rule on one event is a pure
 * function.
 *
 * <p>A {@link io.bulkhead.sigma.Detector} runs a rule set over a stream of events: it routes each
 * event to the rules whose {@code logsource} its format serves ({@link
 * io.bulkhead.sigma.Logsources}, data in {@code logsources.yml} and {@code fields/*.yml}), skips
 * rules whose literal prefilter rules the event out, and keeps the bounded, expiring state of
 * correlations. It reports {@link io.bulkhead.sigma.Match}es to a {@link
 * io.bulkhead.sigma.MatchSink}. The same detector serves a hunt over files and a live stream.
 *
 * <p>The compiled model (conditions, value tests, patterns) is in {@link io.bulkhead.sigma.model}.
 * Everything else here is package-private: the YAML reader with its safety limits, the
 * recursive-descent condition parser, the modifier compiler, the evaluator, the prefilter and
 * the correlation windows. Regular expressions are RE2J's, so no rule or event can make matching
 * take more than linear time. Semantics where the specification is silent (arrays, filter joining,
 * correlation windows, lateness and eviction) are documented in {@code docs/detection.md}.
 */
package io.bulkhead.sigma;
