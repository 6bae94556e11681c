package io.bulkhead.sigma;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bulkhead.event.Event;
import io.bulkhead.source.EventSink;
import io.bulkhead.source.LogReader;
import io.bulkhead.source.Reject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Hand-written vendor events for SigmaHQ rules (test resources {@code sigmahq/<source>.yml}):
 * a base event in the vendor's layout, and per rule the keys that make it match or nearly match.
 * Events are written to a file and read back through the real {@link LogReader}, so they must
 * also be recognised as the vendor's format.
 */
final class Fixtures {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String ABSENT = "(absent)";

  /** One event: the rule file it is for, whether the rule must match, and the event read back. */
  record Case(String rule, boolean match, Event event) {}

  /** What a fixture file holds, read back as events. */
  record Read(String format, JsonNode base, List<Case> cases, List<Reject> rejects, List<Event> all) {}

  private Fixtures() {}

  @SuppressWarnings("unchecked")
  static Read read(String source, Path dir) {
    Map<String, Object> y;
    try (InputStream in = Fixtures.class.getResourceAsStream("sigmahq/" + source + ".yml")) {
      y = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonNode base = JSON.valueToTree(y.get("base"));
    List<String> rules = new ArrayList<>();
    List<Boolean> expect = new ArrayList<>();
    StringBuilder lines = new StringBuilder();
    Map<String, Map<String, List<Object>>> entries = (Map<String, Map<String, List<Object>>>) y.get("rules");
    entries.forEach((rule, kinds) -> {
      String file = rule.contains("#") ? rule.substring(0, rule.indexOf('#')) : rule;
      for (String kind : List.of("match", "nomatch")) {
        for (Object delta : kinds.getOrDefault(kind, List.of())) {
          lines.append(merge(base.deepCopy(), JSON.valueToTree(delta))).append('\n');
          rules.add(file);
          expect.add(kind.equals("match"));
        }
      }
    });
    Path file = dir.resolve(source + ".jsonl");
    try {
      Files.writeString(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Event> events = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    // Native formats must be recognised from content; the json reader is what other clouds are
    // read with, named explicitly as a user would (--format-of), since their keys may resemble
    // a native format's.
    LogReader.Builder reader = LogReader.builder().threads(1);
    if ("json".equals(y.get("format"))) {
      reader.formatOf(file.toString(), io.bulkhead.source.LogFormat.JSON);
    }
    reader.build().read(List.of(file.toString()), new EventSink() {
      @Override
      public void event(Event e) {
        events.add(e);
      }

      @Override
      public void reject(Reject r) {
        rejects.add(r);
      }
    });
    List<Case> cases = new ArrayList<>();
    for (Event e : events) {
      int i = (int) e.source().line() - 1;
      cases.add(new Case(rules.get(i), expect.get(i), e));
    }
    return new Read((String) y.get("format"), base, cases, rejects, events);
  }

  /** {@code delta} merged into {@code base}: objects key by key, "(absent)" removes a key. */
  static JsonNode merge(JsonNode base, JsonNode delta) {
    if (!(base instanceof ObjectNode b) || !delta.isObject()) {
      return delta;
    }
    for (Map.Entry<String, JsonNode> e : delta.properties()) {
      if (e.getValue().isTextual() && e.getValue().textValue().equals(ABSENT)) {
        b.remove(e.getKey());
      } else if (b.has(e.getKey()) && b.get(e.getKey()).isObject() && e.getValue().isObject()) {
        merge(b.get(e.getKey()), e.getValue());
      } else {
        b.set(e.getKey(), e.getValue());
      }
    }
    return b;
  }
}
