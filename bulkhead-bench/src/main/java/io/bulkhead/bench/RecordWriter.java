package io.bulkhead.bench;

/** Writes one generated vendor record, as one object on {@link JsonOut}'s current line. */
interface RecordWriter {
  /**
   * Writes record number {@code n} (0-based) as a single JSON object; the caller ends the line.
   * Times advance with {@code n} so files read in order, as vendors export them.
   */
  void write(JsonOut out, long n);
}
