package io.bulkhead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ScenarioGenerateCommandTest {
  @TempDir Path tmp;

  /** Runs {@code bulkhead scenario generate ARGS...}. */
  private static Run generate(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "scenario";
    all[1] = "generate";
    System.arraycopy(args, 0, all, 2, args.length);
    return Run.of(all);
  }

  @Test
  void generate_writesTheLayoutAndASummary() throws IOException {
    Path dir = tmp.resolve("s");
    Run r = generate("--out", dir.toString(), "--scale", "0.001", "--seed", "3");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(dir.resolve("answer-key.json")).isRegularFile();
    assertThat(dir.resolve("inputs/credentials.csv")).isRegularFile();
    assertThat(dir.resolve("hosts/atl-jira-01.json")).isRegularFile();
    assertThat(Files.readString(dir.resolve("answer-key.json"))).contains("bulkhead.answer-key/v1");
    assertThat(r.out()).contains("scenario thanksgiving-2023, seed 3, scale 0.001").contains("jira-access")
        .containsPattern("wrote [\\d,]+ files, [\\d,]+ events, [\\d,]+ bytes in [\\d.]+ s");
  }

  @Test
  void noAttack_saysSoInTheSummary() {
    Run r = generate("--out", tmp.resolve("q").toString(), "--scale", "0.001", "--no-attack");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains(", no attack:");
  }

  @Test
  void unknownPreset_isAUsageError() {
    Run r = generate("--out", tmp.resolve("x").toString(), "--preset", "christmas");
    assertThat(r.code()).isEqualTo(Main.EXIT_USAGE);
    assertThat(r.err()).contains("--preset: unknown scenario 'christmas'; known: thanksgiving-2023");
  }

  @Test
  void badScale_isAUsageError() {
    Run r = generate("--out", tmp.resolve("x").toString(), "--scale", "0");
    assertThat(r.code()).isEqualTo(Main.EXIT_USAGE);
    assertThat(r.err()).contains("--scale: scale must be above 0");
  }

  @Test
  void nonEmptyOut_isAUsageError() throws IOException {
    Files.writeString(tmp.resolve("keep.txt"), "mine");
    Run r = generate("--out", tmp.toString());
    assertThat(r.code()).isEqualTo(Main.EXIT_USAGE);
    assertThat(r.err()).contains("--out:").contains("not empty");
  }

  @Test
  void missingOut_isAUsageError() {
    Run r = generate("--scale", "0.001");
    assertThat(r.code()).isEqualTo(Main.EXIT_USAGE);
    assertThat(r.err()).contains("--out");
  }
}
