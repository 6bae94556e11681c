package io.bulkhead.ioc;

import java.util.Objects;

/**
 * Why one line (or JSON object) of an indicator file gave no indicator. Reading goes on after a
 * problem, so a file yields its good indicators and the list of what was wrong with the rest.
 *
 * @param file the file as the user named it
 * @param line the 1-based line the problem is on
 * @param reason what is wrong, in words an analyst can act on
 */
public record IndicatorProblem(String file, long line, String reason) {

  public IndicatorProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
  }

  /** {@code file:line: reason}, the shape compilers use, so editors can jump to the line. */
  @Override
  public String toString() {
    return file + ":" + line + ": " + reason;
  }
}
