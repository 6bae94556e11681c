package io.bulkhead.ioc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.bulkhead.event.Origin;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Exported indicators read back as what was exported, in every format; STIX output is valid
 * against the OASIS STIX 2.1 JSON schemas; text formats are defanged.
 */
final class IndicatorExportTest {
  private static final Origin O = new Origin("iocs.md", 5, 0);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final IndicatorExport.Info INFO = new IndicatorExport.Info("Thanksgiving 2023 indicators",
      Instant.parse("2023-11-24T12:00:00Z"));
  /** Every type, with descriptions that need quoting or escaping in some format. */
  private static final List<Indicator> ALL = List.of(
      Indicator.of(IndicatorType.IPV4, "193.142.58.126", "primary threat-actor infrastructure, owned by M247 Europe SRL", O),
      Indicator.of(IndicatorType.IPV6, "2001:db8::7", "a | pipe and \"quotes\"", O),
      Indicator.of(IndicatorType.CIDR, "198.244.174.0/24", null, O),
      Indicator.of(IndicatorType.DOMAIN, "idowall.com", "infrastructure serving the Sliver payload", O),
      Indicator.of(IndicatorType.URL, "https://idowall.com/payload?x='1'", "payload", O),
      Indicator.of(IndicatorType.MD5, "0123456789abcdef0123456789abcdef", null, O),
      Indicator.of(IndicatorType.SHA1, "0123456789abcdef0123456789abcdef01234567", null, O),
      Indicator.of(IndicatorType.SHA256, "bdd1a085d651082ad567b03e5186d1d46d822bb7794157ab8cce95d850a3caaf", "Sliver payload", O),
      Indicator.of(IndicatorType.FILENAME, "jvm-agent", "Sliver payload", O),
      Indicator.of(IndicatorType.EMAIL, "actor@idowall.com", null, O));

  private static String export(IndicatorExport.Format f, List<Indicator> iocs) throws IOException {
    StringWriter out = new StringWriter();
    IndicatorExport.write(iocs, f, INFO, out);
    return out.toString();
  }

  @ParameterizedTest
  @EnumSource(IndicatorExport.Format.class)
  void export_readsBackAsWhatWasExported(IndicatorExport.Format f) throws IOException {
    IndicatorList back = IndicatorFile.parse("export." + f.name().toLowerCase(java.util.Locale.ROOT), export(f, ALL));
    assertThat(back.problems()).isEmpty();
    assertThat(back.indicators()).extracting(i -> i.type() + " " + i.value())
        .containsExactlyInAnyOrderElementsOf(ALL.stream().map(i -> i.type() + " " + i.value()).toList());
    if (f != IndicatorExport.Format.CSV) {
      assertThat(back.indicators()).filteredOn(i -> i.type() == IndicatorType.DOMAIN).singleElement()
          .satisfies(i -> assertThat(i.description()).contains("Sliver payload"));
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      ipv4     | 193.142.58.126               | 193.142.58[.]126
      ipv6     | 2001:db8::7                  | 2001[:]db8::7
      cidr     | 198.244.174.0/24             | 198.244.174[.]0/24
      domain   | idowall.com                  | idowall[.]com
      url      | https://cdn.idowall.com/p.js | hxxps://cdn.idowall[.]com/p.js
      email    | actor@idowall.com            | actor[@]idowall[.]com
      filename | jvm-agent                    | jvm-agent
      """)
  void defang_writesWhatWriteUpsPrint(String type, String value, String defanged) {
    Indicator i = Indicator.of(IndicatorType.ofWireName(type).orElseThrow(), value, null, O);
    assertThat(Defang.of(i)).isEqualTo(defanged);
  }

  @ParameterizedTest
  @EnumSource(value = IndicatorExport.Format.class, names = {"MD", "CSV"})
  void export_textFormatsHoldNoLiveAddressOrLink(IndicatorExport.Format f) throws IOException {
    String text = export(f, ALL);
    assertThat(text).doesNotContain("193.142.58.126", "idowall.com", "https://");
  }

  @org.junit.jupiter.api.Test
  void export_stixBundleIsValidAgainstTheOasisSchemas() throws IOException {
    JsonNode bundle = JSON.readTree(export(IndicatorExport.Format.STIX, ALL));
    assertThat(stixBundleSchema().validate(bundle)).isEmpty();
    assertThat(bundle.get("objects")).hasSize(ALL.size());
    assertThat(bundle.get("objects").get(2).get("pattern").asText()).isEqualTo("[ipv4-addr:value ISSUBSET '198.244.174.0/24']");
    assertThat(bundle.get("objects").get(4).get("pattern").asText()).isEqualTo("[url:value = 'https://idowall.com/payload?x=\\'1\\'']");
  }

  @org.junit.jupiter.api.Test
  void export_idsAreTheSameEveryTime() throws IOException {
    assertThat(export(IndicatorExport.Format.STIX, ALL)).isEqualTo(export(IndicatorExport.Format.STIX, ALL));
    JsonNode one = JSON.readTree(export(IndicatorExport.Format.STIX, ALL.subList(0, 1)));
    JsonNode all = JSON.readTree(export(IndicatorExport.Format.STIX, ALL));
    assertThat(one.get("objects").get(0).get("id")).isEqualTo(all.get("objects").get(0).get("id"));
  }

  /** The bundle schema, its references resolved to the schemas under shared/reference. */
  private static Schema stixBundleSchema() {
    String base = "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";
    Path local = Path.of(System.getProperty("bulkhead.shared", "../../shared"), "reference/stix2-json-schemas/schemas");
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(iri -> {
      if (!iri.startsWith(base)) {
        return null;
      }
      try {
        return Files.readString(local.resolve(iri.substring(base.length())));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }));
    return registry.getSchema(SchemaLocation.of(base + "common/bundle.json"));
  }
}
