package io.bulkhead.sigma;

import java.util.List;

/**
 * A rule document that could not be loaded, and why: its error diagnostics. {@code unsupported}
 * is true when every reason is a Sigma feature Bulkhead lacks rather than a fault of the rule.
 *
 * @param file the rule file
 * @param line where the document starts
 * @param title the title, or null when the document has none
 * @param reasons the errors, never empty
 */
public record RejectedRule(String file, int line, String title, List<Diagnostic> reasons) {
  public RejectedRule {
    reasons = List.copyOf(reasons);
  }

  public boolean unsupported() {
    return reasons.stream().allMatch(Diagnostic::isUnsupported);
  }

  /** The first reason's message, for one-line summaries. */
  public String reason() {
    return reasons.isEmpty() ? "unknown" : reasons.get(0).message();
  }
}
