package io.bulkhead.sigma;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a rule file, at a 1-based line and column, like a compiler's message.
 *
 * <p>{@code code} names the kind of problem for tools (the web console, tests) and stays stable:
 * {@code yaml} (syntax), {@code limit} (a safety limit), {@code structure} (a missing or
 * misshapen key), {@code metadata} (title, id, level, status, tags, dates), {@code logsource},
 * {@code modifier}, {@code value}, {@code regex}, {@code cidr}, {@code condition},
 * {@code identifier}, {@code correlation}, {@code filter}, {@code reference}, {@code duplicate},
 * and {@code unsupported} for a Sigma feature Bulkhead does not run (obsolete aggregations, a
 * placeholder without a value).
 *
 * @param file the rule file as the user named it
 * @param line 1-based line
 * @param column 1-based column
 */
public record Diagnostic(String file, int line, int column, Severity severity, String code, String message)
    implements Comparable<Diagnostic> {

  private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
      .thenComparingInt(Diagnostic::line)
      .thenComparingInt(Diagnostic::column)
      .thenComparing(Diagnostic::severity)
      .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    line = Math.max(1, line);
    column = Math.max(1, column);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** Whether the problem is a Sigma feature Bulkhead lacks rather than a fault of the rule. */
  public boolean isUnsupported() {
    return code.equals("unsupported");
  }

  /** By file, line, column, then errors before warnings. */
  @Override
  public int compareTo(Diagnostic o) {
    return ORDER.compare(this, o);
  }

  /** {@code file:line:column: severity: message}, as lint prints it. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + severity.wireName() + ": " + message;
  }
}
