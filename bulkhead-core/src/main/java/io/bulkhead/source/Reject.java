package io.bulkhead.source;

import java.util.Objects;

/**
 * A record, line or file that could not be read: the file as given, the 1-based line (0 when the
 * reason concerns the whole file) and why.
 */
public record Reject(String file, long line, String reason) {
  public Reject {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return (line > 0 ? file + ":" + line : file) + ": " + reason;
  }
}
