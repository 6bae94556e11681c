package io.bulkhead.source;

import io.bulkhead.event.Event;

/**
 * Receives what a {@link LogReader} read, on the thread that called {@link LogReader#read}, in
 * input order (file by file, line by line).
 */
public interface EventSink {
  void event(Event event);

  void reject(Reject reject);
}
