package io.bulkhead.source;

import com.fasterxml.jackson.databind.JsonNode;
import io.bulkhead.event.Event;
import io.bulkhead.event.Origin;

/**
 * Maps one JSON record of a vendor format to an event, keeping the record as the raw document.
 * Throws {@link BadRecord} for a record the format cannot describe (an unparseable time, say).
 * Implementations are immutable and thread-safe.
 */
interface JsonNormaliser {
  LogFormat format();

  /** Whether a record looks like this format, from its keys; used to recognise files. */
  boolean looksLike(JsonNode record);

  Event normalise(JsonNode record, Origin origin, ReadContext ctx) throws BadRecord;
}
