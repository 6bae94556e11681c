package io.bulkhead.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A table printed as aligned Markdown, so that what the benchmark prints reads well in a terminal
 * and can be pasted into {@code docs/benchmarks.md} as it is. The first column is left-aligned,
 * the others (numbers) right-aligned.
 */
final class MarkdownTable {
  private final List<String[]> rows = new ArrayList<>();
  private final int columns;

  MarkdownTable(String... headers) {
    this.columns = headers.length;
    rows.add(headers);
  }

  void row(String... cells) {
    if (cells.length != columns) {
      throw new IllegalArgumentException("expected " + columns + " cells, got " + cells.length);
    }
    rows.add(cells);
  }

  void print(PrintStream out) {
    int[] width = new int[columns];
    for (String[] r : rows) {
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], Math.max(3, r[c].length()));
      }
    }
    line(out, rows.get(0), width);
    StringBuilder rule = new StringBuilder("|");
    for (int c = 0; c < columns; c++) {
      rule.append(c == 0 ? ":" : "-").append("-".repeat(width[c])).append(c == 0 ? "-|" : ":|");
    }
    out.println(rule);
    for (String[] r : rows.subList(1, rows.size())) {
      line(out, r, width);
    }
    out.flush();
  }

  private static void line(PrintStream out, String[] cells, int[] width) {
    StringBuilder b = new StringBuilder("|");
    for (int c = 0; c < cells.length; c++) {
      String pad = " ".repeat(width[c] - cells[c].length());
      b.append(' ').append(c == 0 ? cells[c] + pad : pad + cells[c]).append(" |");
    }
    out.println(b);
  }
}
