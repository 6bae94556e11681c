package io.bulkhead.source;

import java.util.List;

/** What a whole read did, file by file. */
public record ReadSummary(List<FileSummary> files) {
  public ReadSummary {
    files = List.copyOf(files);
  }

  public long events() {
    return files.stream().mapToLong(FileSummary::events).sum();
  }

  public long rejects() {
    return files.stream().mapToLong(FileSummary::rejects).sum();
  }

  public long outsideWindow() {
    return files.stream().mapToLong(FileSummary::outsideWindow).sum();
  }

  /** The contract's closing line: {@code read: N events, R rejects}. */
  public String line() {
    return "read: " + events() + " events, " + rejects() + " rejects";
  }
}
