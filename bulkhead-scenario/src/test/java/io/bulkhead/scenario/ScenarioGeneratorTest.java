package io.bulkhead.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The builder refuses what it cannot do, saying what and with what value; the organisation has the incident's numbers. */
final class ScenarioGeneratorTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(doubles = {0, -1, 100.5, Double.NaN})
  void scale_outOfRange_isRefused(double scale) {
    assertThatThrownBy(() -> ScenarioGenerator.builder().scale(scale)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scale").hasMessageContaining(String.valueOf(scale));
  }

  @Test
  void threads_belowOne_areRefused() {
    assertThatThrownBy(() -> ScenarioGenerator.builder().threads(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("threads must be at least 1, was 0");
  }

  @Test
  void generate_intoAFolderThatIsNotEmpty_isRefused() throws IOException {
    Files.writeString(tmp.resolve("something"), "x");
    assertThatThrownBy(() -> ScenarioGenerator.builder().build().generate(tmp)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not empty");
  }

  @Test
  void preset_isFoundByItsName() {
    assertThat(Preset.byName("Thanksgiving-2023")).contains(Preset.THANKSGIVING_2023);
    assertThat(Preset.byName("christmas")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.001, 0.01, 0.5, 1, 2})
  void organisation_hasTheIncidentsDenominatorsAtEveryScale(double scale) {
    Org org = new Org(1, scale);
    assertThat(org.catalogue.projects.stream().mapToLong(Catalogue.Project::size).sum()).isEqualTo(2_059_357L);
    assertThat(org.catalogue.pages).hasSize(14_099);
    assertThat(org.catalogue.repos).hasSize(11_904);
    assertThat(org.ledger.rows()).hasSizeGreaterThan(5_000);
    assertThat(org.fleet.hosts).hasSize(Math.max(50, (int) Math.round(4_893 * scale)))
        .anySatisfy(h -> assertThat(h.name()).isEqualTo(Fleet.ATLASSIAN));
    assertThat(org.ledger.intrusionFour()).allSatisfy(c -> {
      assertThat(c.markedUnused()).isTrue();
      assertThat(c.exposed()).isTrue();
      assertThat(c.lastRotated()).isLessThan(Ledger.EXPOSED_AT);
    });
  }

  @Test
  void fleetOfScaleOne_isTheTriagedFleet() {
    assertThat(new Fleet(1).hosts).hasSize(4_893);
  }
}
