package io.bulkhead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on a generated organisation: sweeping its logs for the published indicators finds
 * exactly the indicator hits its answer key counts (events, first and last time, logsources),
 * which the generator derives from the lines it wrote, by another path.
 */
final class SweepScenarioTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private record Seen(Set<String> events, Set<String> logsources, Instant[] span) {}

  @Test
  void sweep_findsWhatTheAnswerKeyCounts() throws IOException {
    assertThat(Run.of("scenario", "generate", "--out", dir.toString(), "--scale", "0.001", "--seed", "7").code()).isZero();
    Run r = Run.of("sweep", "--iocs", dir.resolve("inputs/iocs.md").toString(), "--format", "jsonl", dir.resolve("logs").toString());
    assertThat(r.code()).isZero();
    Map<String, Seen> seen = new HashMap<>();
    for (String line : r.out().lines().toList()) {
      JsonNode h = JSON.readTree(line);
      Seen s = seen.computeIfAbsent(h.get("indicator").get("value").asText(),
          k -> new Seen(new HashSet<>(), new TreeSet<>(), new Instant[2]));
      JsonNode src = h.get("source");
      s.events().add(src.get("file").asText() + ":" + src.get("line").asLong() + "#" + src.get("record").asInt());
      s.logsources().add(h.get("logsource").asText());
      Instant t = Instant.parse(h.get("time").asText());
      s.span()[0] = s.span()[0] == null || t.isBefore(s.span()[0]) ? t : s.span()[0];
      s.span()[1] = s.span()[1] == null || t.isAfter(s.span()[1]) ? t : s.span()[1];
    }
    JsonNode key = JSON.readTree(dir.resolve("answer-key.json").toFile()).get("iocHits");
    assertThat(key).isNotEmpty();
    for (JsonNode k : key) {
      Seen s = seen.get(k.get("indicator").asText());
      assertThat(s).as("hits of %s", k.get("indicator")).isNotNull();
      assertThat(s.events()).as("events with %s", k.get("indicator")).hasSize(k.get("count").asInt());
      assertThat(s.span()[0]).isEqualTo(Instant.parse(k.get("first").asText()));
      assertThat(s.span()[1]).isEqualTo(Instant.parse(k.get("last").asText()));
      Set<String> logsources = new TreeSet<>();
      k.get("logsources").forEach(l -> logsources.add(l.asText()));
      assertThat(s.logsources()).isEqualTo(logsources);
    }
  }
}
