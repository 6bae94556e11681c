package io.bulkhead.ioc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A MISP event ({@code {"Event": {...}}}) with one attribute per indicator, {@code to_ids} set,
 * unpublished and with distribution "your organisation only", for a team to review and share.
 */
final class MispEventWriter {
  private MispEventWriter() {}

  static void write(List<Indicator> indicators, IndicatorExport.Info info, Writer out) throws IOException {
    try (JsonGenerator g = new ObjectMapper().getFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(IndicatorExport.prettyPrinter());
      g.writeStartObject();
      g.writeObjectFieldStart("Event");
      g.writeStringField("uuid", Uuids.v5(Uuids.NAMESPACE, "misp-event\n" + info.title()).toString());
      g.writeStringField("info", info.title());
      g.writeStringField("date", info.created().atOffset(ZoneOffset.UTC).toLocalDate().toString());
      g.writeStringField("timestamp", Long.toString(info.created().getEpochSecond()));
      g.writeStringField("threat_level_id", "1");
      g.writeStringField("analysis", "2");
      g.writeStringField("distribution", "0");
      g.writeBooleanField("published", false);
      g.writeArrayFieldStart("Attribute");
      for (Indicator i : indicators) {
        attribute(g, i);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static void attribute(JsonGenerator g, Indicator i) throws IOException {
    g.writeStartObject();
    g.writeStringField("uuid", Uuids.v5(Uuids.NAMESPACE, "misp\n" + StixBundleWriter.key(i)).toString());
    g.writeStringField("type", type(i.type()));
    g.writeStringField("category", category(i.type()));
    g.writeStringField("value", i.value());
    g.writeBooleanField("to_ids", true);
    if (i.description() != null) {
      g.writeStringField("comment", i.description());
    }
    g.writeEndObject();
  }

  private static String type(IndicatorType t) {
    return switch (t) {
      case IPV4, IPV6, CIDR -> "ip-dst";
      case DOMAIN -> "domain";
      case URL -> "url";
      case MD5 -> "md5";
      case SHA1 -> "sha1";
      case SHA256 -> "sha256";
      case FILENAME -> "filename";
      case EMAIL -> "email-src";
    };
  }

  private static String category(IndicatorType t) {
    return switch (t) {
      case IPV4, IPV6, CIDR, DOMAIN, URL -> "Network activity";
      case MD5, SHA1, SHA256, FILENAME -> "Payload delivery";
      case EMAIL -> "Payload delivery";
    };
  }
}
