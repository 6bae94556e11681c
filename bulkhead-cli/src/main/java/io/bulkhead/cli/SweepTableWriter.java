package io.bulkhead.cli;

import io.bulkhead.ioc.Hit;
import java.io.IOException;
import java.io.Writer;

/** {@code sweep --format table}: one hit a row, fixed-width columns, control characters escaped. */
final class SweepTableWriter implements SweepWriter {
  private static final int[] WIDTHS = {24, 10, 8, 40, 32};
  private static final String[] HEADERS = {"TIME", "CONFIDENCE", "TYPE", "INDICATOR", "FIELD", "SOURCE"};
  private final Writer w;
  private boolean header;

  SweepTableWriter(Writer w) {
    this.w = w;
  }

  @Override
  public void write(Hit h) throws IOException {
    if (!header) {
      row(HEADERS);
      header = true;
    }
    row(new String[] {h.event().time() == null ? "-" : h.event().time().toString(), h.confidence().wireName(),
        h.indicator().type().wireName(), h.indicator().value(), h.field(), h.event().source().toString()});
  }

  private void row(String[] cells) throws IOException {
    w.write(Terminal.row(cells, WIDTHS));
  }

  @Override
  public void flush() throws IOException {
    w.flush();
  }

  @Override
  public void finish() throws IOException {
    if (!header) {
      w.write("(no hits)\n");
    }
    w.flush();
  }
}
