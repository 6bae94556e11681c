package io.bulkhead.ioc;

import static io.bulkhead.ioc.IndicatorFileFixtures.INCIDENT;
import static io.bulkhead.ioc.IndicatorFileFixtures.typed;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The incident's published indicators, written in each format, read back as the same five. */
final class IndicatorFileFormatsTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(textBlock = """
      incident-table.md,           markdown
      incident.csv,                csv
      incident.txt,                text
      stix-bundle-incident.json,   stix
      misp-event-with-objects.json, misp
      """)
  void read_givesTheIncidentIndicatorsInEveryFormat(String fixture, String format) throws IOException {
    IndicatorList list = IndicatorFile.read(IndicatorFileFixtures.path(fixture));

    assertThat(list.format()).isEqualTo(format);
    assertThat(typed(list)).containsExactlyElementsOf(INCIDENT);
    assertThat(list.problems()).isEmpty();
    assertThat(list.indicators()).allSatisfy(i -> {
      assertThat(i.description()).isNotBlank();
      assertThat(i.origin().file()).endsWith(fixture);
    });
  }

  @Test
  void parse_markdownTable_keepsTheDescriptionsAndNamesTheFileOfEachHash() {
    IndicatorList list = IndicatorFileFixtures.parse("incident-table.md");

    assertThat(list.indicators()).extracting(Indicator::description).containsExactly(
        "primary threat-actor infrastructure, owned by M247 Europe SRL (Bucharest, Romania)",
        "Sliver C2 server, owned by OVH SAS (London, England)",
        "infrastructure serving the Sliver payload",
        "Sliver payload",
        "Sliver payload (jvm-agent)");
    assertThat(list.indicators()).extracting(i -> i.origin().toString()).containsExactly(
        "incident-table.md:12", "incident-table.md:13", "incident-table.md:14", "incident-table.md:15",
        "incident-table.md:15");
  }

  @Test
  void read_theIncidentWriteUp_readsItsTableAndIgnoresTheProse() throws IOException {
    Path incident = Path.of(System.getProperty("bulkhead.shared", "../../shared"), "INCIDENT.md");
    // The project's tests run with ../shared beside the clone (CI puts it there): never skipped.
    assertThat(incident).as("the shared INCIDENT.md beside the clone").isRegularFile();

    IndicatorList list = IndicatorFile.read(incident);

    assertThat(list.format()).isEqualTo("markdown");
    assertThat(typed(list)).containsExactlyElementsOf(INCIDENT);
    assertThat(list.indicators().get(4).description()).isEqualTo("Sliver payload (jvm-agent)");
    assertThat(list.problems()).isEmpty();
  }

  @Test
  void parse_stixBundle_givesEachIndicatorTheLineAndIndexOfItsObject() {
    IndicatorList list = IndicatorFileFixtures.parse("stix-bundle-incident.json");

    assertThat(list.indicators()).extracting(i -> i.origin().line() + "#" + i.origin().record())
        .containsExactly("14#1", "26#2", "37#3", "47#4", "58#5");
    assertThat(list.indicators().get(0).description()).isEqualTo("193.142.58.126: primary threat-actor infrastructure");
  }

  @Test
  void parse_mispEvent_takesDescriptionsFromCommentsThenObjects() {
    IndicatorList list = IndicatorFileFixtures.parse("misp-event-with-objects.json");

    assertThat(list.indicators()).extracting(Indicator::description).containsExactly(
        "primary threat-actor infrastructure", "Sliver C2 server", "infrastructure serving the Sliver payload",
        "Sliver payload", "Sliver payload");
    assertThat(list.indicators()).extracting(i -> i.origin().line()).containsExactly(10L, 12L, 14L, 22L, 23L);
  }
}
