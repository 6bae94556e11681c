package io.bulkhead.cli;

import io.bulkhead.sigma.Match;
import java.io.IOException;
import java.io.Writer;
import java.util.stream.Collectors;

/**
 * {@code hunt --format csv}: RFC 4180 quoting (LF line ends) with a header row,
 * {@code time,level,rule_id,rule_title,kind,logsource,what,group,event_count,source}; {@code source}
 * lists {@code file:line[#record]} separated by {@code ;}. A cell that a spreadsheet would read as
 * a formula (starting with {@code = + - @}, tab or carriage return) is prefixed with {@code '}:
 * log text is attacker-controlled.
 */
final class HuntCsvWriter implements HuntWriter {
  static final String HEADER = "time,level,rule_id,rule_title,kind,logsource,what,group,event_count,source";
  private final Writer w;
  private boolean header;

  HuntCsvWriter(Writer w) {
    this.w = w;
  }

  @Override
  public void write(Match m) throws IOException {
    if (!header) {
      w.write(HEADER + "\n");
      header = true;
    }
    String group = switch (m) {
      case Match.CorrelationMatch c -> HuntCells.group(c);
      case Match.AnalyticMatch a -> HuntCells.entities(a);
      case Match.EventMatch e -> "";
    };
    String count = m instanceof Match.CorrelationMatch c ? Long.toString(c.eventCount()) : "1";
    String what = m instanceof Match.EventMatch ? HuntCells.what(m) : "";
    String[] cells = {
      m.time() == null ? "" : m.time().toString(),
      m.rule().level() == null ? "" : m.rule().level().wireName(),
      m.rule().id() == null ? "" : m.rule().id(),
      m.rule().title(),
      HuntCells.kind(m),
      m instanceof Match.EventMatch ? HuntCells.logsource(m) : "",
      what,
      group,
      count,
      HuntCells.origins(m).stream().map(Object::toString).collect(Collectors.joining(";"))
    };
    StringBuilder b = new StringBuilder(200);
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(cell(cells[i]));
    }
    w.write(b.append("\n").toString());
  }

  static String cell(String v) {
    String s = v;
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      s = "'" + s;
    }
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  @Override
  public void flush() throws IOException {
    w.flush();
  }

  @Override
  public void finish() throws IOException {
    if (!header) {
      w.write(HEADER + "\n");
    }
    w.flush();
  }
}
