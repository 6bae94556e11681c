package io.bulkhead.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bulkhead.event.EventJson;
import io.bulkhead.ioc.Hit;
import java.io.IOException;
import java.io.Writer;

/**
 * {@code sweep --format jsonl}: one hit a line, as the contract defines it, plus {@code logsource}
 * (an extension).
 */
final class SweepJsonlWriter implements SweepWriter {
  private final JsonGenerator g;

  SweepJsonlWriter(Writer w) throws IOException {
    this.g = new ObjectMapper().getFactory().createGenerator(w);
    this.g.setRootValueSeparator(new SerializedString(""));
  }

  @Override
  public void write(Hit h) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("indicator");
    g.writeStringField("value", h.indicator().value());
    g.writeStringField("type", h.indicator().type().wireName());
    g.writeEndObject();
    g.writeStringField("field", h.field());
    g.writeStringField("time", h.event().time() == null ? null : h.event().time().toString());
    EventJson.writeOrigin(g, "source", h.event().source());
    g.writeStringField("confidence", h.confidence().wireName());
    g.writeStringField("logsource", h.event().logsource());
    g.writeEndObject();
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
