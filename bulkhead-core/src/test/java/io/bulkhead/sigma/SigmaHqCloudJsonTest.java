package io.bulkhead.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SigmaHQ's Azure, GCP and Microsoft 365 rules run on raw JSON documents read by the json reader:
 * spot events in the clouds' export layouts (and the layouts the rules' authors used), through the
 * field mappings in {@code fields/azure.yml}, {@code gcp.yml} and {@code m365.yml}.
 */
final class SigmaHqCloudJsonTest {
  @TempDir Path dir;

  @Test
  void cloudRules_matchSpotEventsReadAsJson() {
    Fixtures.Read f = Fixtures.read("cloud", dir);
    assertThat(f.rejects()).isEmpty();
    assertThat(f.cases()).hasSizeGreaterThan(25);
    for (Fixtures.Case c : f.cases()) {
      assertThat(c.event().logsource()).isEqualTo("json");
      CompiledRule rule = SigmaHq.rule(c.rule());
      assertThat(rule.matches(c.event())).as("%s on %s", c.rule(), c.event().raw()).isEqualTo(c.match());
    }
  }

  @Test
  void cloudRules_allLoadAndRunOnJson() {
    assertThat(SigmaHq.rules().detections().stream()
        .filter(r -> java.util.Set.of("azure", "gcp", "m365").contains(r.info().logsource().product())))
        .hasSize(171)
        .allSatisfy(r -> assertThat(r.formats()).containsExactly("json"));
  }
}
