package io.bulkhead.ioc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.UUID;

/**
 * A STIX 2.1 bundle with one {@code indicator} object per indicator: a STIX pattern on the
 * matching observable ({@code [ipv4-addr:value = '...']}, {@code [file:hashes.'SHA-256' = '...']}),
 * {@code indicator_types: ["malicious-activity"]}, the description, and name-based ids.
 */
final class StixBundleWriter {
  private StixBundleWriter() {}

  static void write(List<Indicator> indicators, IndicatorExport.Info info, Writer out) throws IOException {
    String at = IndicatorExport.stixTime(info.created());
    StringBuilder all = new StringBuilder();
    try (JsonGenerator g = new ObjectMapper().getFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(IndicatorExport.prettyPrinter());
      g.writeStartObject();
      g.writeStringField("type", "bundle");
      for (Indicator i : indicators) {
        all.append(key(i)).append('\n');
      }
      g.writeStringField("id", "bundle--" + Uuids.v5(Uuids.NAMESPACE, "bundle\n" + all));
      g.writeArrayFieldStart("objects");
      for (Indicator i : indicators) {
        indicator(g, i, at);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static void indicator(JsonGenerator g, Indicator i, String at) throws IOException {
    UUID id = Uuids.v5(Uuids.NAMESPACE, key(i));
    g.writeStartObject();
    g.writeStringField("type", "indicator");
    g.writeStringField("spec_version", "2.1");
    g.writeStringField("id", "indicator--" + id);
    g.writeStringField("created", at);
    g.writeStringField("modified", at);
    g.writeStringField("name", i.value());
    if (i.description() != null) {
      g.writeStringField("description", i.description());
    }
    g.writeArrayFieldStart("indicator_types");
    g.writeString("malicious-activity");
    g.writeEndArray();
    g.writeStringField("pattern", pattern(i));
    g.writeStringField("pattern_type", "stix");
    g.writeStringField("valid_from", at);
    g.writeEndObject();
  }

  static String key(Indicator i) {
    return i.type().wireName() + "|" + i.value();
  }

  /** The STIX pattern matching the indicator. */
  static String pattern(Indicator i) {
    String path = switch (i.type()) {
      case IPV4 -> "ipv4-addr:value";
      case IPV6 -> "ipv6-addr:value";
      case CIDR -> i.value().indexOf(':') >= 0 ? "ipv6-addr:value" : "ipv4-addr:value";
      case DOMAIN -> "domain-name:value";
      case URL -> "url:value";
      case EMAIL -> "email-addr:value";
      case MD5 -> "file:hashes.MD5";
      case SHA1 -> "file:hashes.'SHA-1'";
      case SHA256 -> "file:hashes.'SHA-256'";
      case FILENAME -> "file:name";
    };
    // A network is matched by inclusion, not equality.
    String op = i.type() == IndicatorType.CIDR ? " ISSUBSET '" : " = '";
    return "[" + path + op + i.value().replace("\\", "\\\\").replace("'", "\\'") + "']";
  }
}
