package io.bulkhead.ioc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * MISP JSON: an event ({@code {"Event": {...}}}), a bare {@code {"Attribute": [...]}}, a list of
 * events, or a REST search answer ({@code {"response": ...}}); attributes are read from the event
 * and from its objects. Attributes marked {@code to_ids: false} are read too (the analyst chose the
 * file), but say so in their description; deleted ones are passed over. Attribute types with no
 * indicator type here are reported once per type, with a count.
 */
final class MispIndicators {
  private static final int MAX_DEPTH = 8;

  private final IndicatorJson.Document doc;
  private final IndicatorSink sink;
  private final Map<String, long[]> skipped = new LinkedHashMap<>(); // type -> {first line, count}
  private int record;

  private MispIndicators(IndicatorJson.Document doc, IndicatorSink sink) {
    this.doc = doc;
    this.sink = sink;
  }

  /** Whether {@code root} looks like MISP: an object with Event, Attribute or response, or a list of events. */
  static boolean accepts(JsonNode root) {
    if (root.isArray()) {
      return root.size() > 0 && root.get(0).isObject() && accepts(root.get(0));
    }
    return root.isObject() && (root.has("Event") || root.has("Attribute") || root.has("response"));
  }

  static void read(IndicatorJson.Document doc, IndicatorSink sink) {
    MispIndicators m = new MispIndicators(doc, sink);
    m.container(doc.root(), "", 0);
    m.skipped.forEach((type, seen) -> sink.problem(seen[0], "MISP attribute type " + IndicatorSink.quote(type)
        + " has no indicator type here; " + seen[1] + (seen[1] == 1 ? " attribute" : " attributes") + " skipped"));
  }

  /** An event, a list of them, a response wrapper, or an object holding attributes. */
  private void container(JsonNode node, String info, int depth) {
    if (node == null || depth > MAX_DEPTH) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> container(n, info, depth + 1));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    if (node.has("Event")) {
      container(node.get("Event"), info, depth + 1);
      return;
    }
    if (node.has("response")) {
      container(node.get("response"), info, depth + 1);
      return;
    }
    String eventInfo = IndicatorJson.text(node, "info").isBlank() ? info : IndicatorJson.text(node, "info").strip();
    attributes(node.get("Attribute"), eventInfo);
    JsonNode objects = node.get("Object");
    if (objects != null && objects.isArray()) {
      for (JsonNode o : objects) {
        String comment = IndicatorJson.text(o, "comment").strip();
        attributes(o.get("Attribute"), comment.isEmpty() ? eventInfo : comment);
      }
    }
  }

  private void attributes(JsonNode attributes, String fallback) {
    if (attributes == null || !attributes.isArray()) {
      return;
    }
    for (JsonNode a : attributes) {
      int index = record++;
      if (!a.isObject() || a.path("deleted").asBoolean(false)) {
        continue;
      }
      attribute(a, fallback, index);
    }
  }

  private void attribute(JsonNode a, String fallback, int index) {
    long line = doc.line(a);
    String type = IndicatorJson.text(a, "type").strip().toLowerCase(Locale.ROOT);
    String value = IndicatorJson.text(a, "value").strip();
    String comment = IndicatorJson.text(a, "comment").strip();
    String description = comment.isEmpty() ? fallback.isEmpty() ? null : fallback : comment;
    if (!toIds(a.get("to_ids"))) {
      description = description == null ? "(to_ids false)" : description + " (to_ids false)";
    }
    int bar = value.indexOf('|');
    String left = bar < 0 ? value : value.substring(0, bar);
    String right = bar < 0 ? "" : value.substring(bar + 1);
    switch (type) {
      case "ip-dst", "ip-src" -> ip(value, description, line, index);
      case "ip-dst|port", "ip-src|port" -> ip(left, description, line, index);
      case "domain", "hostname" -> sink.add(IndicatorType.DOMAIN, value, description, line, index);
      case "hostname|port" -> sink.add(IndicatorType.DOMAIN, left, description, line, index);
      case "domain|ip" -> {
        sink.add(IndicatorType.DOMAIN, left, description, line, index);
        ip(right, description, line, index);
      }
      case "url" -> sink.add(IndicatorType.URL, value, description, line, index);
      case "md5" -> sink.add(IndicatorType.MD5, value, description, line, index);
      case "sha1" -> sink.add(IndicatorType.SHA1, value, description, line, index);
      case "sha256" -> sink.add(IndicatorType.SHA256, value, description, line, index);
      case "filename" -> sink.add(IndicatorType.FILENAME, value, description, line, index);
      case "filename|md5", "malware-sample" -> file(IndicatorType.MD5, left, right, description, line, index);
      case "filename|sha1" -> file(IndicatorType.SHA1, left, right, description, line, index);
      case "filename|sha256" -> file(IndicatorType.SHA256, left, right, description, line, index);
      case "email", "email-src", "email-dst" -> sink.add(IndicatorType.EMAIL, value, description, line, index);
      default -> skipped.computeIfAbsent(type.isEmpty() ? "(none)" : type, t -> new long[] {line, 0})[1]++;
    }
  }

  private void ip(String value, String description, long line, int index) {
    sink.add(TypeGuess.named("ip", value), value, description, line, index);
  }

  /** A file name and its hash: the hash described as being the file's, as the Markdown tables do. */
  private void file(IndicatorType hash, String name, String value, String description, long line, int index) {
    sink.add(IndicatorType.FILENAME, name, description, line, index);
    String of = "(" + name.strip() + ")";
    sink.add(hash, value, description == null ? of : description + " " + of, line, index);
  }

  /** MISP writes to_ids as true/false, "1"/"0" or 1/0; absent means true, MISP's default for indicators. */
  private static boolean toIds(JsonNode v) {
    if (v == null || v.isNull()) {
      return true;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    String s = v.asText().strip().toLowerCase(Locale.ROOT);
    return !(s.equals("0") || s.equals("false"));
  }
}
