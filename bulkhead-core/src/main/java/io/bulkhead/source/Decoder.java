package io.bulkhead.source;

import io.bulkhead.event.Event;

/**
 * Turns the bytes of one line into events: JSON lines (possibly holding an envelope of many
 * records) or text lines. Immutable and thread-safe: workers share one decoder per format.
 */
sealed interface Decoder permits JsonDecoder, TextDecoder {
  LogFormat format();

  /**
   * Decodes {@code len} bytes at {@code off} (one line, without its line terminator), the line
   * numbered {@code line} in the file.
   */
  void decode(byte[] buf, int off, int len, long line, ReadContext ctx, Out out);

  /** Where decoded events and rejects go. */
  interface Out {
    void event(Event e);

    void reject(long line, String reason);
  }
}
