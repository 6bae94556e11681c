package io.bulkhead.source;

import io.bulkhead.event.Event;

/**
 * Receives what a {@link LogReader} read, on the thread that called {@link LogReader#read}, in
 * input order (file by file, line by line).
 */
public interface EventSink {
  void event(Event event);

  void reject(Reject reject);

  /**
   * The reader has handed over everything it has read so far and is waiting for more of a live
   * input (a pipe fed by {@code tail -f}): a sink writing for someone watching flushes here.
   * Files never wait, so this is called at most once each, near their end.
   */
  default void caughtUp() {}
}
