package io.bulkhead.cli;

import io.bulkhead.sigma.Match;
import java.io.IOException;

/** Writes hunt matches in one output format. */
interface HuntWriter {
  void write(Match m) throws IOException;

  /** Pushes out what was written so far (a live input caught up; someone is watching). */
  void flush() throws IOException;

  /** Called once after the last match. */
  void finish() throws IOException;
}
