package io.bulkhead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * End to end on a generated organisation: the audit of its 5,312-credential ledger against its
 * month of logs gives every verdict its answer key expects (the intrusion's four credentials in
 * use, the misrecorded ones, the stale ones), derived by the generator from what it wrote.
 */
final class CredsAuditCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path scenario;

  @BeforeAll
  static void generate() {
    assertThat(Run.of("scenario", "generate", "--out", scenario.toString(), "--scale", "0.001", "--seed", "5").code()).isZero();
  }

  private static Run audit(String... more) {
    String[] base = {"creds", "audit", "--credentials", scenario.resolve("inputs/credentials.csv").toString(),
        "--exposures", scenario.resolve("inputs/exposures.json").toString()};
    String[] args = new String[base.length + more.length + 1];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    args[args.length - 1] = scenario.resolve("logs").toString();
    return Run.of(args);
  }

  @Test
  void audit_givesEveryVerdictTheAnswerKeyExpects() throws IOException {
    Run r = audit("--format", "jsonl");
    assertThat(r.code()).isZero();
    Map<String, JsonNode> got = new HashMap<>();
    for (String line : r.out().lines().toList()) {
      JsonNode a = JSON.readTree(line);
      got.put(a.get("id").asText(), a);
    }
    assertThat(got).hasSize(5312);
    JsonNode key = JSON.readTree(scenario.resolve("answer-key.json").toFile()).get("credentialAudit");
    assertThat(key).isNotEmpty();
    for (JsonNode k : key) {
      JsonNode a = got.get(k.get("id").asText());
      assertThat(a.get("verdict").asText()).as("verdict of %s", k.get("id")).isEqualTo(k.get("verdict").asText());
      assertThat(a.get("verdicts")).as("verdicts of %s", k.get("id")).isEqualTo(k.get("verdicts"));
    }
    assertThat(r.err()).contains("ledger: 5312 credentials, 1 exposures covering").contains("verdicts: {");
  }

  @Test
  void audit_tableListsWhatIsNotOkMostUrgentFirst() {
    Run r = audit();
    assertThat(r.code()).isZero();
    assertThat(r.out().lines().findFirst().orElseThrow()).startsWith("ID").contains("VERDICT");
    assertThat(r.out().lines().skip(1).findFirst().orElseThrow()).contains("exposed-unrotated-in-use");
    assertThat(r.out()).doesNotContain(" ok ");
    assertThat(audit("--fail-on-findings").code()).isEqualTo(Main.EXIT_FINDINGS);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "creds audit ../examples/logs | Missing required option: '--credentials=FILE'",
    "creds audit --credentials /no/such.csv ../examples/logs | no such file: /no/such.csv",
  })
  void audit_badUsageExitsTwo(String args, String message) {
    Run r = Run.of(args.split(" "));
    assertThat(r.code()).isEqualTo(Main.EXIT_USAGE);
    assertThat(r.err()).contains(message);
  }

  @Test
  void audit_emptyLedgerIsBadUsage(@TempDir Path dir) throws IOException {
    Path empty = Files.writeString(dir.resolve("c.csv"), "id,name\n");
    Run r = Run.of("creds", "audit", "--credentials", empty.toString(), "../examples/logs");
    assertThat(r.code()).isEqualTo(Main.EXIT_USAGE);
    assertThat(r.err()).contains("ledger header lacks").contains("no credential could be read");
  }
}
