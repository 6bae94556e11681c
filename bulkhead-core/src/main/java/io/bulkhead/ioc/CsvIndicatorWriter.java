package io.bulkhead.ioc;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code indicator,type,description}, defanged, RFC 4180 quoting, LF line ends: the CSV that
 * {@code --iocs} reads. A description a spreadsheet would take for a formula (starting with
 * {@code = + - @}, tab or CR) is prefixed with {@code '}.
 */
final class CsvIndicatorWriter {
  private CsvIndicatorWriter() {}

  static void write(List<Indicator> indicators, Writer out) throws IOException {
    out.write("indicator,type,description\n");
    for (Indicator i : indicators) {
      out.write(quote(Defang.of(i)) + "," + i.type().wireName() + "," + quote(neutral(i.description())) + "\n");
    }
  }

  private static String neutral(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    return "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }

  private static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }
}
