package io.bulkhead.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.bulkhead.event.Origin;
import java.io.IOException;
import java.util.Set;

/** Decodes lines holding one JSON value: a record, or an envelope of records. */
record JsonDecoder(JsonNormaliser normaliser, Set<Envelope> envelopes, ObjectReader reader)
    implements Decoder {

  @Override
  public LogFormat format() {
    return normaliser.format();
  }

  @Override
  public void decode(byte[] buf, int off, int len, long line, ReadContext ctx, Out out) {
    JsonNode root;
    try {
      root = reader.readTree(buf, off, len);
    } catch (StreamConstraintsException e) {
      out.reject(line, "JSON exceeds a safety limit: " + JsonErrors.brief(e));
      return;
    } catch (JsonProcessingException e) {
      out.reject(line, "malformed JSON: " + JsonErrors.brief(e));
      return;
    } catch (IOException e) {
      out.reject(line, "unreadable: " + e.getMessage());
      return;
    }
    if (root == null || root.isMissingNode()) {
      return;
    }
    records(root, line, ctx, out);
  }

  /** Normalises every record of a parsed root value that starts on {@code line}. */
  void records(JsonNode root, long line, ReadContext ctx, Out out) {
    JsonNode records = Envelope.records(root, envelopes);
    if (records == null) {
      one(root, line, 0, false, ctx, out);
      return;
    }
    for (int i = 0; i < records.size(); i++) {
      one(records.get(i), line, i, true, ctx, out);
    }
  }

  void one(JsonNode rec, long line, int index, boolean many, ReadContext ctx, Out out) {
    String where = many ? "record " + index + ": " : "";
    if (!rec.isObject()) {
      out.reject(line, where + "expected a JSON object, found " + JsonErrors.kind(rec));
      return;
    }
    try {
      out.event(normaliser.normalise(rec, new Origin(ctx.file(), line, index), ctx));
    } catch (BadRecord e) {
      out.reject(line, where + e.getMessage());
    }
  }
}
