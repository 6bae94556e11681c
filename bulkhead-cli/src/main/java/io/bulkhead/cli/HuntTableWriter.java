package io.bulkhead.cli;

import io.bulkhead.event.Origin;
import io.bulkhead.sigma.Match;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code hunt --format table}: one match a row, fixed-width columns so that rows stream out as
 * matches are found; long values are cut with an ellipsis and control characters escaped. A
 * correlation's SOURCE is its first event and how many more there are.
 */
final class HuntTableWriter implements HuntWriter {
  private static final int[] WIDTHS = {24, 13, 16, 44, 44};
  private static final String[] HEADERS = {"TIME", "LEVEL", "KIND", "RULE", "WHAT", "SOURCE"};
  private final Writer w;
  private boolean header;

  HuntTableWriter(Writer w) {
    this.w = w;
  }

  @Override
  public void write(Match m) throws IOException {
    if (!header) {
      row(HEADERS);
      header = true;
    }
    List<Origin> origins = HuntCells.origins(m);
    long total = m instanceof Match.CorrelationMatch c ? c.eventCount() : 1;
    String source = origins.isEmpty() ? "-" : origins.get(0) + (total > 1 ? " +" + (total - 1) : "");
    row(new String[] {HuntCells.time(m), HuntCells.level(m), HuntCells.kind(m), m.rule().title(), HuntCells.what(m), source});
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
      w.write("(no matches)\n");
    }
    w.flush();
  }
}
