package io.bulkhead.cli;

import io.bulkhead.event.Event;
import java.io.IOException;
import java.io.Writer;

/**
 * {@code dump --format table}: one event a row, fixed-width columns so that rows stream out as
 * they are read; long values are cut with an ellipsis and control characters escaped.
 */
final class TableDumpWriter implements DumpWriter {
  private static final int[] WIDTHS = {24, 26, 36, 7, 28, 15, 40};
  private static final String[] HEADERS = {"TIME", "LOGSOURCE", "ACTION", "OUTCOME", "ACTOR", "CLIENT IP", "TARGET", "SOURCE"};
  private final Writer w;
  private boolean header;

  TableDumpWriter(Writer w) {
    this.w = w;
  }

  @Override
  public void write(Event e) throws IOException {
    if (!header) {
      row(HEADERS);
      header = true;
    }
    row(new String[] {
      e.time() == null ? "-" : e.time().toString(),
      e.logsource(),
      e.action() == null ? "-" : e.action(),
      e.outcome().wireName(),
      actor(e),
      e.client() == null || e.client().ip() == null ? "-" : e.client().ip(),
      target(e),
      e.source().toString()
    });
  }

  private void row(String[] cells) throws IOException {
    StringBuilder b = new StringBuilder(200);
    for (int i = 0; i < cells.length; i++) {
      if (i < WIDTHS.length) {
        // An IP is never cut: an IPv6 address widens its row instead.
        b.append(i == 5 ? pad(Terminal.safe(cells[i]), WIDTHS[i]) : Terminal.cell(cells[i], WIDTHS[i])).append("  ");
      } else {
        b.append(Terminal.safe(cells[i]));
      }
    }
    b.append('\n');
    w.write(b.toString());
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  private static String actor(Event e) {
    if (e.actor() == null) {
      return "-";
    }
    return e.actor().name() != null ? e.actor().name() : e.actor().id() != null ? e.actor().id() : "-";
  }

  /** The URL of a request, else the target's name or id. */
  private static String target(Event e) {
    if (e.http() != null && e.http().url() != null) {
      String status = e.http().status() == null ? "" : e.http().status() + " ";
      return status + e.http().url();
    }
    if (e.target() == null) {
      return "-";
    }
    String t = e.target().name() != null ? e.target().name() : e.target().id();
    return t == null ? e.target().type() : t;
  }

  @Override
  public void flush() throws IOException {
    w.flush();
  }

  @Override
  public void finish() throws IOException {
    if (!header) {
      w.write("(no events)\n");
    }
    w.flush();
  }
}
