package io.bulkhead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulkhead.findings.Findings;
import io.bulkhead.findings.Findings.Period;
import io.bulkhead.findings.FindingsJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ScenarioScoreCommandTest {
  @TempDir Path dir;

  private Path write(String name, String schema, Instant dormantFrom) throws IOException {
    Findings f = new Findings(schema, null, null, null, null, null, null, null, null, null,
        List.of(new Period(dormantFrom, Instant.parse("2023-11-20T09:26:53Z"))), null, null);
    Path p = dir.resolve(name);
    new FindingsJson().write(f, p);
    return p;
  }

  @Test
  void score_printsOneLinePerCheckAndASummary() throws IOException {
    Path key = write("key.json", Findings.ANSWER_KEY_SCHEMA, Instant.parse("2023-11-17T14:33:52Z"));
    Path good = write("good.json", Findings.SCHEMA, Instant.parse("2023-11-17T14:34:10Z"));
    Path bad = write("bad.json", Findings.SCHEMA, Instant.parse("2023-11-18T00:00:00Z"));

    Run pass = Run.of("scenario", "score", "--key", key.toString(), "--findings", good.toString());
    assertThat(pass.code()).isZero();
    assertThat(pass.out()).contains("PASS dormant period").endsWith("score: 6 passed, 0 failed" + System.lineSeparator());

    Run fail = Run.of("scenario", "score", "--key", key.toString(), "--findings", bad.toString());
    assertThat(fail.code()).isEqualTo(Main.EXIT_FINDINGS);
    assertThat(fail.out()).contains("FAIL dormant period 2023-11-17T14:33:52Z to 2023-11-20T09:26:53Z")
        .contains("score: 5 passed, 1 failed");
  }

  @Test
  void score_aFileThatIsNotFindingsIsAUsageError() throws IOException {
    Path key = write("key.json", Findings.ANSWER_KEY_SCHEMA, Instant.parse("2023-11-17T14:33:52Z"));
    Path junk = Files.writeString(dir.resolve("junk.json"), "{\"hello\": ");
    Run r = Run.of("scenario", "score", "--key", key.toString(), "--findings", junk.toString());
    assertThat(r.code()).isEqualTo(Main.EXIT_USAGE);
    assertThat(r.err()).contains("--findings: " + junk).contains("not a findings document");
  }
}
