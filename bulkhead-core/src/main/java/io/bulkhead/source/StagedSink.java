package io.bulkhead.source;

import io.bulkhead.event.Event;

/**
 * An {@link EventSink} with a stage that runs on the reader's worker threads: {@link #prepare}
 * is called there for every event inside the time window, in parallel and in no particular order,
 * and its result comes back with the event to {@link #event(Event, Object)} on the calling thread,
 * in input order. Put pure per-event work (rule evaluation) in {@code prepare}; keep state
 * (correlation, output) in {@code event}.
 *
 * @param <T> what the stage computes for one event
 */
public interface StagedSink<T> extends EventSink {
  /** Per-event work; must be safe to call from several threads at once. */
  T prepare(Event event);

  /** The event and what {@link #prepare} computed for it, in input order. */
  void event(Event event, T prepared);

  /** Events read on the calling thread (multi-line JSON documents) are prepared here. */
  @Override
  default void event(Event event) {
    event(event, prepare(event));
  }
}
