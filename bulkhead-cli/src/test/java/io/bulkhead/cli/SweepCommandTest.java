package io.bulkhead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class SweepCommandTest {
  /** Relative to the module folder, so golden files hold no machine-specific path. */
  private static final String EXAMPLES = "../examples/logs";
  private static final String IOCS = "src/test/resources/sweep/incident-iocs.md";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @ParameterizedTest(name = "--format {0}")
  @CsvSource({"jsonl, sweep-examples.jsonl", "table, sweep-examples.table.txt", "csv, sweep-examples.csv"})
  void sweep_examplesMatchGoldenOutput(String format, String golden) throws IOException {
    Run r = Run.of("sweep", "--iocs", IOCS, "--format", format, EXAMPLES);
    assertThat(r.code()).isZero();
    Golden.assertMatches(golden, r.out());
  }

  @Test
  void sweep_jsonlFollowsTheContract() throws IOException {
    Run r = Run.of("sweep", "--iocs", IOCS, "--format", "jsonl", EXAMPLES + "/web");
    JsonNode first = JSON.readTree(r.out().lines().findFirst().orElseThrow());
    assertThat(first.get("indicator").get("value").asText()).isEqualTo("193.142.58.126");
    assertThat(first.get("indicator").get("type").asText()).isEqualTo("ipv4");
    assertThat(first.get("field").asText()).isNotEmpty();
    assertThat(first.get("time").asText()).endsWith("Z");
    assertThat(first.get("source").get("file").asText()).endsWith("nginx-access.log");
    assertThat(first.get("source").get("line").asLong()).isPositive();
    assertThat(first.get("confidence").asText()).isIn("high", "medium", "low");
  }

  @Test
  void sweep_summarySaysWhatWasReadFoundAndNeverSeen() {
    Run r = Run.of("sweep", "--iocs", IOCS, "--format", "jsonl", EXAMPLES);
    assertThat(r.err())
        .contains("iocs: 5 indicators (2 ipv4, 1 domain, 1 filename, 1 sha256)")
        .contains("not seen: ")
        .contains("domain idowall.com")
        .containsPattern("hits: \\d+ in \\d+ events, of \\d+ indicators");
    assertThat(r.err().lines().reduce((a, b) -> b).orElseThrow()).startsWith("read: ");
  }

  @Test
  void sweep_minConfidenceDropsWeakerHits() {
    Run all = Run.of("sweep", "--iocs", IOCS, "--format", "jsonl", EXAMPLES);
    Run high = Run.of("sweep", "--iocs", IOCS, "--format", "jsonl", "--min-confidence", "high", EXAMPLES);
    assertThat(high.out().lines().count()).isPositive().isLessThan(all.out().lines().count());
    assertThat(high.out().lines()).allMatch(l -> l.contains("\"confidence\":\"high\""));
  }

  @Test
  void sweep_failOnFindingsExitsOneWhenSomethingWasFound() {
    assertThat(Run.of("sweep", "--iocs", IOCS, "--fail-on-findings", EXAMPLES).code()).isEqualTo(Main.EXIT_FINDINGS);
  }

  @Test
  void sweep_readsEveryIndicatorFormatAndReportsBadLines() throws IOException {
    Path iocs = dir.resolve("iocs.csv");
    Files.writeString(iocs, "indicator,type,description\n193.142.58[.]126,ipv4,actor\nnot-an-ip,ipv4,typo\n");
    Run r = Run.of("sweep", "--iocs", iocs.toString(), "--format", "jsonl", EXAMPLES + "/web");
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("iocs: " + iocs + ":3: ");
    assertThat(r.out().lines()).isNotEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "sweep ../examples/logs | Missing required option: '--iocs=FILE'",
    "sweep --iocs /no/such/iocs.txt ../examples/logs | --iocs: no such file",
    "sweep --iocs src/test/resources/sweep/incident-iocs.md --min-confidence sure ../examples/logs | --min-confidence: expected high, medium or low",
    "sweep --iocs src/test/resources/sweep/incident-iocs.md /no/such/file | no such file",
  })
  void sweep_badUsageExitsTwo(String args, String message) {
    Run r = Run.of(args.split(" "));
    assertThat(r.code()).isEqualTo(Main.EXIT_USAGE);
    assertThat(r.err()).contains(message);
  }

  @Test
  void sweep_noIndicatorReadIsBadUsage() throws IOException {
    Path empty = dir.resolve("empty.txt");
    Files.writeString(empty, "# nothing here\n");
    Run r = Run.of("sweep", "--iocs", empty.toString(), EXAMPLES);
    assertThat(r.code()).isEqualTo(Main.EXIT_USAGE);
    assertThat(r.err()).contains("no indicator could be read");
  }
}
