package io.bulkhead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class IocsExportCommandTest {
  private static final String IOCS = "src/test/resources/sweep/incident-iocs.md";

  @TempDir Path dir;

  @ParameterizedTest(name = "--format {0}")
  @CsvSource({"md, iocs-export.md", "csv, iocs-export.csv", "stix, iocs-export.stix.json", "misp, iocs-export.misp.json"})
  void export_incidentIndicatorsMatchGoldenOutput(String format, String golden) throws IOException {
    Run r = Run.of("iocs", "export", "--iocs", IOCS, "--format", format, "--created", "2023-11-24T12:00:00Z",
        "--title", "Thanksgiving 2023 intrusion");
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("iocs: 5 indicators written as " + format);
    Golden.assertMatches(golden, r.out());
  }

  @Test
  void export_mergesFilesKeepingEachIndicatorOnce() throws IOException {
    Path more = dir.resolve("more.txt");
    Files.writeString(more, "193.142.58[.]126\nhxxps://idowall[.]com/payload\n");
    Run r = Run.of("iocs", "export", "--iocs", IOCS, "--iocs", more.toString(), "--format", "csv");
    assertThat(r.out().lines().skip(1)).hasSize(6).anyMatch(l -> l.startsWith("hxxps://idowall[.]com/payload,url"));
  }

  @Test
  void export_writesToAFile() throws IOException {
    Path out = dir.resolve("iocs.stix.json");
    Run r = Run.of("iocs", "export", "--iocs", IOCS, "--format", "stix", "-o", out.toString());
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out)).contains("\"type\" : \"bundle\"");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "iocs export --format md | Missing required option: '--iocs=FILE'",
    "iocs export --iocs src/test/resources/sweep/incident-iocs.md --format yaml | Invalid value for option '--format'",
    "iocs export --iocs src/test/resources/sweep/incident-iocs.md --created yesterday | --created: expected an ISO-8601 UTC time",
    "iocs export --iocs /no/such/file | --iocs: no such file",
  })
  void export_badUsageExitsTwo(String args, String message) {
    Run r = Run.of(args.split(" "));
    assertThat(r.code()).isEqualTo(Main.EXIT_USAGE);
    assertThat(r.err()).contains(message);
  }
}
