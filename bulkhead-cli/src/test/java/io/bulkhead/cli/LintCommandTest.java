package io.bulkhead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

final class LintCommandTest {
  private static final String BROKEN = "src/test/resources/hunt/broken";
  private static final String RULES = "src/test/resources/hunt/rules";

  @Test
  void lint_printsEveryProblemWithItsPositionAndExitsTwo() throws IOException {
    Run r = Run.of("lint", "--rules", BROKEN);
    assertThat(r.code()).isEqualTo(Main.EXIT_USAGE);
    Golden.assertMatches("lint-broken.txt", r.out());
    assertThat(r.err()).isEqualTo("lint: 1 rule loaded, 2 not loaded; 5 errors, 2 warnings" + System.lineSeparator());
  }

  @Test
  void lint_cleanRulesExitZeroAndPrintNothing() {
    Run r = Run.of("lint", "--rules", RULES);
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("lint: 8 rules loaded, 0 not loaded; 0 errors, 0 warnings");
  }

  @Test
  void lint_placeholderValuesLetExpandRulesLoad() {
    Run r = Run.of("lint", "--rules", BROKEN, "--placeholder", "Administrators=adm_*");
    assertThat(r.out()).doesNotContain("%Administrators%");
    assertThat(r.err()).contains("2 rules loaded, 1 not loaded");
  }

  @Test
  void lint_missingPathIsAnError() {
    Run r = Run.of("lint", "--rules", "/no/such/rules.yml");
    assertThat(r.code()).isEqualTo(Main.EXIT_USAGE);
    assertThat(r.out()).isEqualTo("/no/such/rules.yml:1:1: error: no such file or folder\n");
  }

  @Test
  void lint_sigmaHqRulesAreClean() {
    Run r = Run.of("lint", "--rules", System.getProperty("bulkhead.shared") + "/data/sigmahq");
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("lint: 278 rules loaded, 0 not loaded; 0 errors, 0 warnings");
  }
}
