package io.bulkhead.cli;

import io.bulkhead.event.Event;
import java.io.IOException;

/** Writes dumped events in one output format. */
interface DumpWriter {
  void write(Event e) throws IOException;

  /** Called once after the last event. */
  void finish() throws IOException;
}
