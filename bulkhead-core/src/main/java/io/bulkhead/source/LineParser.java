package io.bulkhead.source;

import io.bulkhead.event.Event;

/**
 * Parses one text line of a line-oriented log (access logs) into an event. The raw document of
 * the event is an object of the fields the line held, under stable names documented in
 * {@code docs/sources.md}. A line the format cannot describe throws {@link BadRecord} with a
 * reason a user can act on. Implementations are immutable and thread-safe.
 */
interface LineParser {
  LogFormat format();

  Event parse(String line, io.bulkhead.event.Origin origin, ReadContext ctx) throws BadRecord;
}
