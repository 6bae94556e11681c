package io.bulkhead.cli;

import io.bulkhead.ioc.Hit;
import java.io.IOException;
import java.io.Writer;

/** {@code sweep --format csv}: a header, then one hit a row, quoted as {@code hunt --format csv} is. */
final class SweepCsvWriter implements SweepWriter {
  static final String HEADER = "time,confidence,type,indicator,field,logsource,source";
  private final Writer w;

  SweepCsvWriter(Writer w) throws IOException {
    this.w = w;
    w.write(HEADER + "\n");
  }

  @Override
  public void write(Hit h) throws IOException {
    String[] cells = {h.event().time() == null ? "" : h.event().time().toString(), h.confidence().wireName(),
        h.indicator().type().wireName(), h.indicator().value(), h.field(), h.event().logsource(), h.event().source().toString()};
    StringBuilder b = new StringBuilder(160);
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(HuntCsvWriter.cell(cells[i]));
    }
    w.write(b.append('\n').toString());
  }

  @Override
  public void flush() throws IOException {
    w.flush();
  }

  @Override
  public void finish() throws IOException {
    w.flush();
  }
}
