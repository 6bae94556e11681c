package io.bulkhead.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bulkhead.event.EventJson;
import io.bulkhead.event.Origin;
import io.bulkhead.sigma.Match;
import io.bulkhead.sigma.RuleInfo;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * {@code hunt --format jsonl}: one match a line, as the contract defines it. An event match is
 * {@code {"rule", "time", "source", "event"}}; a correlation match carries {@code "correlation":
 * {"type", "group", "events", "eventCount", "value"}} instead of {@code source} and {@code event}
 * ({@code events} lists at most the first origins; {@code eventCount} is exact).
 */
final class HuntJsonlWriter implements HuntWriter {
  private final JsonGenerator g;

  HuntJsonlWriter(Writer w) throws IOException {
    this.g = new ObjectMapper().getFactory().createGenerator(w);
    // Each line ends as it is written (not when the next begins), so a live reader sees it whole.
    this.g.setRootValueSeparator(new SerializedString(""));
  }

  @Override
  public void write(Match m) throws IOException {
    g.writeStartObject();
    rule(m.rule());
    if (m.time() == null) {
      g.writeNullField("time");
    } else {
      g.writeStringField("time", m.time().toString());
    }
    switch (m) {
      case Match.EventMatch e -> {
        EventJson.writeOrigin(g, "source", e.event().source());
        g.writeFieldName("event");
        g.writeTree(e.event().raw());
      }
      case Match.CorrelationMatch c -> {
        g.writeObjectFieldStart("correlation");
        g.writeStringField("type", c.type().wireName());
        g.writeObjectFieldStart("group");
        for (Map.Entry<String, String> e : c.group().entrySet()) {
          g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("events");
        for (Origin o : c.events()) {
          g.writeStartObject();
          g.writeStringField("file", o.file());
          g.writeNumberField("line", o.line());
          g.writeNumberField("record", o.record());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("eventCount", c.eventCount());
        if (c.value() == Math.rint(c.value()) && Math.abs(c.value()) < 1e15) {
          g.writeNumberField("value", (long) c.value());
        } else {
          g.writeNumberField("value", c.value());
        }
        g.writeEndObject();
      }
      case Match.AnalyticMatch a -> {
        EventJson.writeOrigin(g, "source", a.origin());
        g.writeObjectFieldStart("analytic");
        g.writeStringField("name", a.rule().name());
        g.writeStringField("summary", a.summary());
        g.writeObjectFieldStart("entities");
        for (Map.Entry<String, String> e : a.entities().entrySet()) {
          g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
      }
    }
    g.writeEndObject();
    g.writeRaw('\n');
  }

  private void rule(RuleInfo r) throws IOException {
    g.writeObjectFieldStart("rule");
    g.writeStringField("id", r.id());
    g.writeStringField("title", r.title());
    g.writeStringField("level", r.level() == null ? null : r.level().wireName());
    g.writeEndObject();
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
