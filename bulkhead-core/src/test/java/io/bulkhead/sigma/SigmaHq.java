package io.bulkhead.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

/** The SigmaHQ rules copied into the shared folder, loaded once for the tests that use them. */
final class SigmaHq {
  private static RuleSet loaded;

  private SigmaHq() {}

  /** {@code shared/data/sigmahq}; fails (never skips) when the shared folder is missing. */
  static Path root() {
    String shared = System.getProperty("bulkhead.shared");
    assertThat(shared).as("system property bulkhead.shared (set by surefire)").isNotNull();
    Path root = Path.of(shared, "data", "sigmahq");
    assertThat(root).as("the SigmaHQ rules in the shared folder").isDirectory();
    return root;
  }

  static synchronized RuleSet rules() {
    if (loaded == null) {
      Path root = root();
      loaded = SigmaLoader.builder().build().load(List.of(root.resolve("rules"), root.resolve("rules-threat-hunting")));
    }
    return loaded;
  }

  static CompiledRule rule(String fileName) {
    return rules().detections().stream()
        .filter(r -> Path.of(r.info().file()).getFileName().toString().equals(fileName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no loaded SigmaHQ rule in " + fileName));
  }
}
