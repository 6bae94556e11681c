package io.bulkhead.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bulkhead.event.Event;
import io.bulkhead.event.Origin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: rules from YAML text, documents and events from JSON text. */
final class Sigma {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Sigma() {}

  /** Rules from one YAML text, which must load without errors. */
  static RuleSet load(String yaml) {
    RuleSet rs = SigmaLoader.builder().build().loadText("test.yml", yaml);
    assertThat(rs.diagnostics().stream().filter(Diagnostic::isError)).as("errors loading\n%s", yaml).isEmpty();
    return rs;
  }

  /** Loads one rule file's text, whatever its problems. */
  static RuleSet lint(String yaml) {
    return SigmaLoader.builder().build().loadText("rule.yml", yaml);
  }

  /** A detection rule on product {@code test} with the given {@code detection:} body (indented 4). */
  static CompiledRule detection(String body) {
    String yaml = "title: t\nlogsource:\n    product: test\ndetection:\n" + body;
    RuleSet rs = load(yaml);
    assertThat(rs.detections()).hasSize(1);
    return rs.detections().get(0);
  }

  /** Whether a rule with {@code selection: <selection>} and {@code condition: selection} matches the document. */
  static boolean matches(String selection, String json) {
    return detection("    selection:\n" + indent(selection, 8) + "    condition: selection\n").matchesDocument(doc(json));
  }

  static String indent(String text, int n) {
    StringBuilder b = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (!line.isEmpty()) {
        b.append(" ".repeat(n)).append(line).append('\n');
      }
    }
    return b.toString();
  }

  static JsonNode doc(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An event of {@code format} at {@code time}, read from test.jsonl line {@code line}. */
  static Event event(String format, String time, int line, String json) {
    return Event.builder(format, new Origin("test.jsonl", line, 0), doc(json))
        .time(time == null ? null : Instant.parse(time))
        .build();
  }

  /** Runs a rule set over events and returns every match, finish included. */
  static List<Match> run(RuleSet rules, DetectorOptions options, List<Event> events) {
    Detector d = Detector.of(rules, options);
    List<Match> out = new ArrayList<>();
    for (Event e : events) {
      d.accept(e, out::add);
    }
    d.finish(out::add);
    return out;
  }

  static List<Match> run(RuleSet rules, List<Event> events) {
    return run(rules, DetectorOptions.defaults(), events);
  }
}
