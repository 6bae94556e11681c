package io.bulkhead.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Function;

/**
 * Reads JSON whose values span lines ({@code jq .} output, a saved API page, a pretty-printed
 * CloudTrail object) as a stream: envelope arrays are walked element by element, so memory holds
 * one record at a time. Each record's line is where it starts. A syntax error ends the file, since
 * nothing after it can be trusted to be framed right; the reject says from which line on.
 */
final class DocumentReader {
  private final ObjectMapper mapper;
  private final Function<JsonNode, JsonDecoder> chooser;
  private final ReadContext ctx;
  private final Decoder.Out out;
  private JsonDecoder decoder;
  private long lastLine;
  private int index;

  /**
   * @param chooser picks the decoder from the first record; called once
   */
  DocumentReader(ObjectMapper mapper, Function<JsonNode, JsonDecoder> chooser, ReadContext ctx, Decoder.Out out) {
    this.mapper = mapper;
    this.chooser = chooser;
    this.ctx = ctx;
    this.out = out;
  }

  /** The format the document was read as, or null if it held no record. */
  LogFormat format() {
    return decoder == null ? null : decoder.format();
  }

  void read(InputStream in) throws IOException {
    try (JsonParser p = mapper.getFactory().createParser(in)) {
      try {
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          long line = p.currentTokenLocation().getLineNr();
          switch (t) {
            case START_ARRAY -> array(p);
            case START_OBJECT -> object(p, line);
            default -> {
              out.reject(line, "expected a JSON object or array, found " + t.asString());
              p.skipChildren();
            }
          }
        }
      } catch (JsonProcessingException e) {
        long line = e.getLocation() != null ? Math.max(1, e.getLocation().getLineNr()) : Math.max(1, lastLine);
        out.reject(line, "malformed JSON: " + JsonErrors.brief(e)
            + "; the rest of the file from this line on was not read");
      }
    }
  }

  /** Streams an envelope array: each element is a record. */
  private void array(JsonParser p) throws IOException {
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (p.currentToken() == null) {
        return;
      }
      long line = p.currentTokenLocation().getLineNr();
      JsonNode n = p.readValueAsTree();
      record(n == null ? mapper.nullNode() : n, line);
    }
  }

  /**
   * An object at the top: either an envelope ({@code Records}, {@code data.events}, ...) whose
   * array is streamed, or itself a record, built from its fields.
   */
  private void object(JsonParser p, long line) throws IOException {
    ObjectNode rest = mapper.createObjectNode();
    boolean enveloped = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      if (v == JsonToken.START_ARRAY && isEnvelopeKey(name)) {
        array(p);
        enveloped = true;
      } else if (v == JsonToken.START_OBJECT && name.equals("data")) {
        enveloped |= dataEvents(p, rest);
      } else {
        rest.set(name, p.readValueAsTree());
      }
    }
    if (!enveloped) {
      record(rest, line);
    }
  }

  /** Okta event hooks: {@code {"data": {"events": [...]}}}; any other {@code data} is a field. */
  private boolean dataEvents(JsonParser p, ObjectNode rest) throws IOException {
    ObjectNode data = mapper.createObjectNode();
    boolean found = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      if (name.equals("events") && v == JsonToken.START_ARRAY) {
        array(p);
        found = true;
      } else {
        data.set(name, p.readValueAsTree());
      }
    }
    if (!found) {
      rest.set("data", data);
    }
    return found;
  }

  private static boolean isEnvelopeKey(String name) {
    return List.of("Records", "entities", "records", "results", "data").contains(name);
  }

  private void record(JsonNode n, long line) {
    if (decoder == null) {
      decoder = chooser.apply(n);
    }
    index = line == lastLine ? index + 1 : 0;
    lastLine = line;
    decoder.one(n, line, index, index > 0, ctx, out);
  }
}
