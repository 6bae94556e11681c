package io.bulkhead.cli;

import io.bulkhead.event.Event;
import java.io.IOException;

/** Writes dumped events in one output format. */
interface DumpWriter {
  void write(Event e) throws IOException;

  /** Pushes out what was written so far (a live input caught up; someone is watching). */
  void flush() throws IOException;

  /** Called once after the last event. */
  void finish() throws IOException;
}
