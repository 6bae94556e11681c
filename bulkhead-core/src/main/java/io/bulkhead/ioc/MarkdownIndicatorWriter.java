package io.bulkhead.ioc;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** A Markdown table of defanged indicators, as write-ups publish them. */
final class MarkdownIndicatorWriter {
  private MarkdownIndicatorWriter() {}

  static void write(List<Indicator> indicators, IndicatorExport.Info info, Writer out) throws IOException {
    out.write("# " + oneLine(info.title()) + "\n\n");
    out.write("Defanged: `[.]` stands for `.`, `[:]` for `:`, `[@]` for `@`, `hxxp` for `http`.\n\n");
    out.write("| indicator | type | description |\n|---|---|---|\n");
    for (Indicator i : indicators) {
      out.write("| " + cell(Defang.of(i)) + " | " + i.type().wireName() + " | "
          + cell(i.description() == null ? "" : i.description()) + " |\n");
    }
  }

  /** A cell: pipes escaped, line breaks flattened. */
  private static String cell(String s) {
    return oneLine(s).replace("|", "\\|");
  }

  private static String oneLine(String s) {
    return s.replace("\r", " ").replace("\n", " ").strip();
  }
}
