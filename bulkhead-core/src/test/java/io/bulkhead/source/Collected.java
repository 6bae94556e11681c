package io.bulkhead.source;

import io.bulkhead.event.Event;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A sink that keeps everything it is given, for assertions. */
final class Collected implements EventSink {
  final List<Event> events = new ArrayList<>();
  final List<Reject> rejects = new ArrayList<>();
  ReadSummary summary;

  @Override
  public void event(Event e) {
    events.add(e);
  }

  @Override
  public void reject(Reject r) {
    rejects.add(r);
  }

  static Collected read(LogReader reader, String... inputs) {
    Collected c = new Collected();
    c.summary = reader.read(List.of(inputs), c);
    return c;
  }

  static Collected read(String... inputs) {
    return read(LogReader.builder().build(), inputs);
  }

  /** Reads {@code text} given on standard input. */
  static Collected stdin(String text) {
    return stdin(LogReader.builder(), text.getBytes(StandardCharsets.UTF_8));
  }

  static Collected stdin(LogReader.Builder b, byte[] bytes) {
    return read(b.stdin(new ByteArrayInputStream(bytes)).build(), "-");
  }

  /** The shared folder beside the clone (vendor samples, SigmaHQ rules); set by surefire. */
  static Path shared() {
    String s = System.getProperty("bulkhead.shared");
    if (s == null || !Files.isDirectory(Path.of(s))) {
      throw new IllegalStateException("shared folder not found (system property bulkhead.shared=" + s
          + "); tests need ../shared beside the clone");
    }
    return Path.of(s);
  }

  static Path samples() {
    return shared().resolve("data/vendor-samples");
  }

  LogFormat onlyFormat() {
    return summary.files().get(0).format();
  }
}
