package io.bulkhead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class DumpCommandTest {
  /** Relative to the module folder, so golden files hold no machine-specific path. */
  private static final String EXAMPLES = "../examples/logs";

  @TempDir Path dir;

  @ParameterizedTest(name = "--format {0}")
  @CsvSource({"jsonl, dump-examples.jsonl", "table, dump-examples.table.txt"})
  void dump_examplesMatchGoldenOutput(String format, String golden) throws IOException {
    Run r = Run.of("dump", "--format", format, EXAMPLES);
    assertThat(r.code()).isZero();
    assertThat(r.err()).endsWith("read: 31 events, 0 rejects" + System.lineSeparator());
    Golden.assertMatches(golden, r.out());
  }

  @Test
  void dump_jsonlFollowsTheContract() throws IOException {
    Run r = Run.of("dump", "--format", "jsonl", EXAMPLES + "/atlassian/jira-audit-2023-11.log");
    JsonNode first = new ObjectMapper().readTree(r.out().lines().findFirst().orElseThrow());
    assertThat(first.get("time").asText()).isEqualTo("2023-11-16T14:36:37.114Z");
    assertThat(first.get("logsource").asText()).isEqualTo("atlassian-audit");
    assertThat(first.get("action").asText()).isEqualTo("jira.auditing.user.created");
    assertThat(first.get("outcome").asText()).isEqualTo("success");
    assertThat(first.at("/actor/name").asText()).isEqualTo("svc-smartsheet");
    assertThat(first.at("/client/ip").asText()).isEqualTo("193.142.58.126");
    assertThat(first.at("/source/file").asText()).isEqualTo(EXAMPLES + "/atlassian/jira-audit-2023-11.log");
    assertThat(first.at("/source/line").asInt()).isEqualTo(1);
    assertThat(first.at("/source/record").asInt()).isZero();
    assertThat(first.has("raw")).isFalse();
  }

  @Test
  void dump_rawAddsTheVendorDocument() throws IOException {
    Run r = Run.of("dump", "--format", "jsonl", "--raw", EXAMPLES + "/okta/system-log-2023-11-14.json");
    JsonNode first = new ObjectMapper().readTree(r.out().lines().findFirst().orElseThrow());
    assertThat(first.at("/raw/uuid").asText()).isEqualTo("5b1c9a3e-82e1-11ee-a2b1-3f5e9a0c11a1");
  }

  @Test
  void dump_writesRejectsAsJsonLinesAndCountsThem() throws IOException {
    Path log = dir.resolve("okta.json");
    Files.writeString(log, "{\"eventType\":\"a\",\"published\":\"2023-11-14T09:22:49Z\"}\n{oops\n", StandardCharsets.UTF_8);
    Path rejects = dir.resolve("rejects.jsonl");
    Run r = Run.of("dump", "--rejects", rejects.toString(), log.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("reject: " + log + ":2: malformed JSON").contains("read: 1 events, 1 rejects");
    List<String> lines = Files.readAllLines(rejects, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(1);
    JsonNode j = new ObjectMapper().readTree(lines.get(0));
    assertThat(j.get("file").asText()).isEqualTo(log.toString());
    assertThat(j.get("line").asInt()).isEqualTo(2);
    assertThat(j.get("reason").asText()).startsWith("malformed JSON");
  }

  @Test
  void dump_outputOptionWritesToAFile() throws IOException {
    Path out = dir.resolve("events.jsonl");
    Run r = Run.of("dump", "--format", "jsonl", "-o", out.toString(), EXAMPLES + "/web");
    assertThat(r.out()).isEmpty();
    assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).hasSize(2);
  }

  @Test
  void dump_timeWindowLeavesOutAndSaysHowMany() {
    Run r = Run.of("dump", "--format", "jsonl", "--from", "2023-11-16", "--to", "2023-11-16", EXAMPLES);
    assertThat(r.out().lines()).allSatisfy(l -> assertThat(l).contains("\"time\":\"2023-11-16T"));
    assertThat(r.err()).contains("events outside --from/--to");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "dump --format-of x=nope ../examples/logs | unknown format 'nope'",
    "dump --tz Mars/Olympus ../examples/logs | unknown zone",
    "dump --from yesterday ../examples/logs | cannot read time 'yesterday'",
    "dump --format xml ../examples/logs | Invalid value for option '--format'",
    "dump /no/such/file | no such file",
    "dump | Missing required parameter",
  })
  void dump_badUsageExitsTwoWithOneLine(String args, String message) {
    Run r = Run.of(args.split(" "));
    assertThat(r.code()).isEqualTo(Main.EXIT_USAGE);
    assertThat(r.err()).contains(message);
  }

  @Test
  void dump_escapesControlCharactersInTheTable() throws IOException {
    Path log = dir.resolve("evil.log");
    Files.writeString(log, "1.2.3.4 - - [23/Nov/2023:16:02:40 +0000] \"GET /x HTTP/1.1\" 200 1 \"-\" \"\u001b[31mred\"\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("table.txt");
    Run.of("dump", "--format-of", log + "=web-access", "-o", out.toString(), log.toString());
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).doesNotContain("\u001b");
  }
}
