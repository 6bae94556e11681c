package io.bulkhead.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.bulkhead.source.FileSummary;
import io.bulkhead.source.ReadSummary;
import io.bulkhead.source.Reject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells the user what could not be read: the first rejects on standard error, every reject in the
 * {@code --rejects} file as JSON lines, and the closing summary, per file and in total.
 */
final class RejectReport implements AutoCloseable {
  private static final int SHOWN = 10;
  private final PrintWriter err;
  private final JsonGenerator json;
  private final OutputStream file;
  private long count;

  RejectReport(PrintWriter err, Path rejectsFile) {
    this.err = err;
    try {
      this.file = rejectsFile == null ? null : Files.newOutputStream(rejectsFile);
      this.json = file == null ? null : new JsonFactory().createGenerator(file, JsonEncoding.UTF8)
          .setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
    } catch (IOException e) {
      throw new UsageException("--rejects: cannot write " + rejectsFile + ": " + e.getMessage());
    }
  }

  void add(Reject r) {
    count++;
    if (count <= SHOWN) {
      err.println("reject: " + Terminal.safe(r.toString()));
    }
    if (json != null) {
      try {
        json.writeStartObject();
        json.writeStringField("file", r.file());
        json.writeNumberField("line", r.line());
        json.writeStringField("reason", r.reason());
        json.writeEndObject();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Per-file reject counts, then the contract's closing line. */
  void summary(ReadSummary s) {
    if (count > SHOWN) {
      err.println("reject: ... and " + (count - SHOWN) + " more"
          + (json == null ? " (write them all with --rejects FILE)" : ""));
    }
    for (FileSummary f : s.files()) {
      if (f.rejects() > 0) {
        err.println("  " + Terminal.safe(f.file()) + ": " + f.rejects() + " rejects"
            + (f.format() == null ? "" : " (read as " + f.format() + ")"));
      }
    }
    if (s.outsideWindow() > 0) {
      err.println("  " + s.outsideWindow() + " events outside --from/--to (or without a time) left out");
    }
    err.println(s.line());
    err.flush();
  }

  @Override
  public void close() {
    try {
      if (json != null) {
        json.writeRaw('\n');
        json.close();
      }
      if (file != null) {
        file.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
