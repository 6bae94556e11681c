package io.bulkhead.ioc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A STIX 2.1 bundle: its {@code indicator} objects with STIX patterns, and cyber-observable objects
 * ({@code ipv4-addr}, {@code domain-name}, {@code url}, {@code file} with hashes, ...) given directly.
 * Other objects (identities, malware, relationships, markings) are context and are passed over, as
 * are revoked indicators. Each indicator's origin is the line its object starts on and its index in
 * {@code objects}.
 */
final class StixIndicators {
  private static final String REQUIRES_MORE = " (one condition of a STIX pattern that requires others too)";
  private static final Map<String, IndicatorType> HASHES = Map.of("md5", IndicatorType.MD5, "sha-1", IndicatorType.SHA1,
      "sha1", IndicatorType.SHA1, "sha-256", IndicatorType.SHA256, "sha256", IndicatorType.SHA256);

  private StixIndicators() {}

  /** Whether {@code root} is a bundle. */
  static boolean accepts(JsonNode root) {
    return root.isObject() && "bundle".equals(IndicatorJson.text(root, "type"));
  }

  static void read(IndicatorJson.Document doc, IndicatorSink sink) {
    JsonNode objects = doc.root().get("objects");
    if (objects == null || !objects.isArray()) {
      sink.problem(doc.line(doc.root()), "a STIX bundle without an 'objects' array");
      return;
    }
    for (int i = 0; i < objects.size(); i++) {
      JsonNode o = objects.get(i);
      long line = doc.line(o);
      if (!o.isObject()) {
        sink.problem(line, "objects[" + i + "] is not a STIX object");
        continue;
      }
      switch (IndicatorJson.text(o, "type")) {
        case "indicator" -> indicator(o, line, i, sink);
        case "ipv4-addr" -> address(IndicatorType.IPV4, IndicatorJson.text(o, "value"), null, line, i, sink);
        case "ipv6-addr" -> address(IndicatorType.IPV6, IndicatorJson.text(o, "value"), null, line, i, sink);
        case "domain-name" -> sink.add(IndicatorType.DOMAIN, IndicatorJson.text(o, "value"), null, line, i);
        case "url" -> sink.add(IndicatorType.URL, IndicatorJson.text(o, "value"), null, line, i);
        case "email-addr" -> sink.add(IndicatorType.EMAIL, IndicatorJson.text(o, "value"), null, line, i);
        case "file" -> file(o, line, i, sink);
        default -> { } // context, not indicators
      }
    }
  }

  private static void indicator(JsonNode o, long line, int record, IndicatorSink sink) {
    JsonNode revoked = o.get("revoked");
    if (revoked != null && revoked.asBoolean(false)) {
      return;
    }
    String patternType = IndicatorJson.text(o, "pattern_type");
    if (!patternType.isEmpty() && !patternType.equalsIgnoreCase("stix")) {
      sink.problem(line, "indicator with pattern_type " + IndicatorSink.quote(patternType) + ": only STIX patterns are read");
      return;
    }
    String pattern = IndicatorJson.text(o, "pattern");
    StixPattern.Reading reading;
    try {
      reading = StixPattern.read(pattern);
    } catch (IllegalArgumentException e) {
      sink.problem(line, e.getMessage() + " in " + IndicatorSink.quote(pattern));
      return;
    }
    if (!reading.unsupported().isEmpty()) {
      sink.problem(line, "unsupported STIX pattern comparison " + String.join(", ", reading.unsupported())
          + " in " + IndicatorSink.quote(pattern));
    }
    String description = description(o);
    for (StixPattern.Equality e : reading.equalities()) {
      String d = !e.needsMore() ? description : description == null ? REQUIRES_MORE.strip() : description + REQUIRES_MORE;
      IndicatorType type = pathType(e.path(), e.value());
      if (type == null) {
        sink.problem(line, "unsupported STIX object path " + IndicatorSink.quote(e.path()));
      } else {
        sink.add(type, e.value(), d, line, record);
      }
    }
  }

  /** The type a pattern's object path denotes, or null for paths a sweep cannot use. */
  private static IndicatorType pathType(String path, String value) {
    String p = path.toLowerCase(Locale.ROOT);
    if (p.startsWith("file:hashes.")) {
      return HASHES.get(p.substring("file:hashes.".length()));
    }
    return switch (p) {
      case "ipv4-addr:value" -> value.indexOf('/') >= 0 ? IndicatorType.CIDR : IndicatorType.IPV4;
      case "ipv6-addr:value" -> value.indexOf('/') >= 0 ? IndicatorType.CIDR : IndicatorType.IPV6;
      case "domain-name:value" -> IndicatorType.DOMAIN;
      case "url:value" -> IndicatorType.URL;
      case "email-addr:value", "email-message:from_ref.value", "email-message:sender_ref.value" -> IndicatorType.EMAIL;
      case "file:name" -> IndicatorType.FILENAME;
      case "network-traffic:dst_ref.value", "network-traffic:src_ref.value" -> {
        IndicatorType t = TypeGuess.guess(value, true);
        yield t == IndicatorType.IPV4 || t == IndicatorType.IPV6 || t == IndicatorType.CIDR || t == IndicatorType.DOMAIN
            ? t : null;
      }
      default -> null;
    };
  }

  private static void address(IndicatorType type, String value, String description, long line, int record,
      IndicatorSink sink) {
    sink.add(value.indexOf('/') >= 0 ? IndicatorType.CIDR : type, value, description, line, record);
  }

  private static void file(JsonNode o, long line, int record, IndicatorSink sink) {
    JsonNode hashes = o.get("hashes");
    String name = IndicatorJson.text(o, "name");
    List<String> described = new ArrayList<>();
    if (hashes != null && hashes.isObject()) {
      hashes.fieldNames().forEachRemaining(described::add);
      for (String algorithm : described) {
        IndicatorType type = HASHES.get(algorithm.toLowerCase(Locale.ROOT));
        if (type != null) {
          sink.add(type, IndicatorJson.text(hashes, algorithm), name.isEmpty() ? null : "(" + name + ")", line, record);
        }
      }
    }
    if (!name.isEmpty()) {
      sink.add(IndicatorType.FILENAME, name, null, line, record);
    }
  }

  /** The indicator's name and description, as "name: description" when both are given. */
  private static String description(JsonNode o) {
    String name = IndicatorJson.text(o, "name").strip();
    String description = IndicatorJson.text(o, "description").strip();
    if (name.isEmpty() || description.isEmpty()) {
      return name.isEmpty() ? description.isEmpty() ? null : description : name;
    }
    return name + ": " + description;
  }
}
