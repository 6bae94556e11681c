package io.bulkhead.event;

import java.util.Objects;

/**
 * Where a record was read: {@code file} as the user gave it ({@code -} for standard input, the
 * {@code .gz} path for compressed input), {@code line} the 1-based line in the decompressed text
 * where the record starts, {@code record} the 0-based index of the record within that line (a
 * CloudTrail {@code Records} line or an Okta JSON array holds many).
 */
public record Origin(String file, long line, int record) {
  public Origin {
    Objects.requireNonNull(file, "file");
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1-based, was " + line);
    }
    if (record < 0) {
      throw new IllegalArgumentException("record must be 0-based, was " + record);
    }
  }

  /** {@code file:line} or {@code file:line#record} when the line holds several records. */
  @Override
  public String toString() {
    return record == 0 ? file + ":" + line : file + ":" + line + "#" + record;
  }
}
