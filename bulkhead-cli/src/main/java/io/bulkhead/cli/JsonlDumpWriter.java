package io.bulkhead.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bulkhead.event.Event;
import io.bulkhead.event.EventJson;
import java.io.IOException;
import java.io.Writer;

/** {@code dump --format jsonl}: one normalised event a line, as the contract defines it. */
final class JsonlDumpWriter implements DumpWriter {
  private final JsonGenerator g;
  private final boolean raw;

  JsonlDumpWriter(Writer w, boolean raw) throws IOException {
    JsonFactory f = new ObjectMapper().getFactory();
    this.g = f.createGenerator(w);
    // Each line ends as it is written (not when the next begins), so a live reader sees it whole.
    this.g.setRootValueSeparator(new SerializedString(""));
    this.raw = raw;
  }

  @Override
  public void write(Event e) throws IOException {
    EventJson.write(g, e, raw);
    g.writeRaw('\n');
  }

  @Override
  public void flush() throws IOException {
    g.flush();
  }

  @Override
  public void finish() throws IOException {
    g.flush();
  }
}
