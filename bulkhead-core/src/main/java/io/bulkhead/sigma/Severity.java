package io.bulkhead.sigma;

import java.util.Locale;

/** How bad a {@link Diagnostic} is: an error keeps the rule from loading, a warning does not. */
public enum Severity {
  ERROR, WARNING;

  /** {@code error} or {@code warning}, as lint prints it. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return wireName();
  }
}
