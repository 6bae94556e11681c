package io.bulkhead.cli;

import io.bulkhead.sigma.Match;
import java.io.IOException;

/** Writes hunt matches in one output format. */
interface HuntWriter {
  void write(Match m) throws IOException;

  /** Called once after the last match. */
  void finish() throws IOException;
}
