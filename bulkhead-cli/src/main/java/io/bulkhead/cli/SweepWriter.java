package io.bulkhead.cli;

import io.bulkhead.ioc.Hit;
import java.io.IOException;

/** Writes sweep hits in one output format. */
interface SweepWriter {
  void write(Hit h) throws IOException;

  /** Pushes out what was written so far (a live input caught up; someone is watching). */
  void flush() throws IOException;

  /** Called once after the last hit. */
  void finish() throws IOException;
}
