package io.bulkhead.event;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;

/**
 * Writes an event as the contract's {@code dump --format jsonl} object: {@code time, logsource,
 * action, outcome, actor, credential, target, client, session, http, source}, null parts left out,
 * optionally followed by the raw document.
 */
public final class EventJson {
  private EventJson() {}

  public static void write(JsonGenerator g, Event e, boolean withRaw) throws IOException {
    g.writeStartObject();
    if (e.time() != null) {
      g.writeStringField("time", e.time().toString());
    }
    g.writeStringField("logsource", e.logsource());
    if (e.action() != null) {
      g.writeStringField("action", e.action());
    }
    g.writeStringField("outcome", e.outcome().wireName());
    if (e.actor() != null) {
      g.writeObjectFieldStart("actor");
      writeIfSet(g, "id", e.actor().id());
      writeIfSet(g, "name", e.actor().name());
      writeIfSet(g, "type", e.actor().type());
      g.writeEndObject();
    }
    if (!e.credential().isEmpty()) {
      g.writeObjectFieldStart("credential");
      for (Map.Entry<String, String> id : e.credential().ids().entrySet()) {
        g.writeStringField(id.getKey(), id.getValue());
      }
      g.writeEndObject();
    }
    if (e.target() != null) {
      g.writeObjectFieldStart("target");
      writeIfSet(g, "type", e.target().type());
      writeIfSet(g, "id", e.target().id());
      writeIfSet(g, "name", e.target().name());
      g.writeEndObject();
    }
    if (e.client() != null) {
      g.writeObjectFieldStart("client");
      writeIfSet(g, "ip", e.client().ip());
      writeIfSet(g, "userAgent", e.client().userAgent());
      if (e.client().asn() != null) {
        g.writeNumberField("asn", e.client().asn());
      }
      writeIfSet(g, "country", e.client().country());
      g.writeEndObject();
    }
    writeIfSet(g, "session", e.session());
    if (e.http() != null) {
      g.writeObjectFieldStart("http");
      writeIfSet(g, "method", e.http().method());
      writeIfSet(g, "url", e.http().url());
      if (e.http().status() != null) {
        g.writeNumberField("status", e.http().status());
      }
      if (e.http().bytes() != null) {
        g.writeNumberField("bytes", e.http().bytes());
      }
      g.writeEndObject();
    }
    writeOrigin(g, "source", e.source());
    if (withRaw) {
      g.writeFieldName("raw");
      g.writeTree(e.raw());
    }
    g.writeEndObject();
  }

  /** Writes {@code "name": {"file": ..., "line": ..., "record": ...}}. */
  public static void writeOrigin(JsonGenerator g, String name, Origin o) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("file", o.file());
    g.writeNumberField("line", o.line());
    g.writeNumberField("record", o.record());
    g.writeEndObject();
  }

  private static void writeIfSet(JsonGenerator g, String name, String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }
}
