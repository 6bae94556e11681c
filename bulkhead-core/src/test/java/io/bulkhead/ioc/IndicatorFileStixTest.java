package io.bulkhead.ioc;

import static io.bulkhead.ioc.IndicatorFileFixtures.typed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class IndicatorFileStixTest {
  private static final String MORE = " (one condition of a STIX pattern that requires others too)";

  @Test
  void parse_bundle_takesEachEqualityOfEachPatternAndTheObservablesGivenDirectly() {
    IndicatorList list = IndicatorFileFixtures.parse("stix-bundle-with-or-pattern.json");

    assertThat(list.format()).isEqualTo("stix");
    assertThat(typed(list)).containsExactly(
        "ipv4 203.0.113.7",
        "ipv4 203.0.113.8",
        "filename jvm-agent",
        "sha256 bdd1a085d651082ad567b03e5186d1d46d822bb7794157ab8cce95d850a3caaf",
        "domain a.example",
        "url http://b.example/x",
        "ipv4 203.0.113.9",
        "md5 d41d8cd98f00b204e9800998ecf8427e",
        "filename it's.exe",
        "cidr 192.0.2.0/24",
        "domain c2.example.net",
        "sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709",
        "filename loader.dll",
        "domain c.example",
        "ipv6 2001:db8::1",
        "email attacker@example.com");
    assertThat(list.indicators()).extracting(Indicator::description).startsWith(
        "either address", "either address", "Sliver payload" + MORE, "Sliver payload" + MORE, "mixed", "mixed" + MORE,
        "mixed" + MORE, "STIX 2.0 style", "STIX 2.0 style");
    assertThat(list.indicators()).extracting(i -> i.origin().record())
        .containsExactly(0, 0, 1, 1, 2, 2, 2, 6, 6, 7, 8, 9, 9, 12, 14, 15);
  }

  @Test
  void parse_bundle_reportsWhatItCannotSweepWithTheLineOfItsObject() {
    IndicatorList list = IndicatorFileFixtures.parse("stix-bundle-with-or-pattern.json");

    assertThat(list.problems()).extracting(p -> p.line() + ": " + p.reason().replaceAll(" in '.*", ""))
        .containsExactly(
            "9: unsupported STIX pattern comparison file:name MATCHES",
            "11: unsupported STIX pattern: qualifier REPEATS",
            "13: indicator with pattern_type 'yara': only STIX patterns are read",
            "23: malformed STIX pattern: unbalanced brackets or parentheses",
            "24: unsupported STIX pattern comparison ipv4-addr:value IN",
            "26: unsupported STIX object path 'process:name'",
            "29: '999.1.1.1' is not an ipv4 address");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      [ipv4-addr:value = '1.2.3.4']                                    | ipv4-addr:value=1.2.3.4
      [ipv4-addr:value == '1.2.3.4']                                   | ipv4-addr:value=1.2.3.4
      [file:hashes.'SHA-256' = 'ab' AND file:name = 'x']               | file:hashes.SHA-256=ab+, file:name=x+
      [a:b = 'x' OR c:d = 'y'] AND [e:f = 'z']                         | a:b=x+, c:d=y+, e:f=z+
      ([a:b = 'x'] OR [c:d = 'y']) FOLLOWEDBY [e:f = 'z']              | a:b=x+, c:d=y+, e:f=z+
      [a:b = 'x'] OR [c:d = 'y' AND e:f = 'z']                         | a:b=x, c:d=y+, e:f=z+
      [file:name = 'it\\'s \\\\ here']                                 | file:name=it's \\ here
      [x:extensions.'windows-pebinary-ext'.sections[*].name = 'UPX0']  | x:extensions.windows-pebinary-ext.sections[*].name=UPX0
      [a:b != 'x' OR a:b NOT LIKE 'y%' OR a:b ISSUBSET '10.0.0.0/8']   | -
      """)
  void read_pattern_givesItsEqualitiesAndWhetherEachNeedsMore(String pattern, String expected) {
    StixPattern.Reading r = StixPattern.read(pattern);

    List<String> got = r.equalities().stream()
        .map(e -> e.path() + "=" + e.value() + (e.needsMore() ? "+" : "")).toList();
    assertThat(got.isEmpty() ? "-" : String.join(", ", got)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      ''                                       | expected an object path
      [a:b = 'x'                               | unbalanced
      [a:b = 'x]                               | not closed
      [a:b = 'x'] WITHIN 5 SECONDS             | qualifier WITHIN
      [a:b = 'x'] START t'2023-01-01T00:00:00Z' STOP t'2024-01-01T00:00:00Z' | qualifier START
      [a:b = 'x'] OR                           | expected an object path
      a:b = 'x' ]                              | unexpected
      [a:b @ 'x']                              | unexpected character
      """)
  void read_badPattern_saysWhy(String pattern, String reason) {
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> StixPattern.read(pattern)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(reason);
  }

  @Test
  void read_deeplyNestedPattern_isRefusedNotOverflowed() {
    String deep = "(".repeat(100_000) + "[a:b = 'x']" + ")".repeat(100_000);

    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> StixPattern.read(deep)))
        .hasMessageContaining("nested deeper than");
  }

  @Test
  void parse_jsonThatIsNeitherStixNorMisp_isOneProblem() {
    IndicatorList list = IndicatorFile.parse("x.json", "{\"type\": \"report\"}");

    assertThat(list.format()).isEqualTo("json");
    assertThat(list.problems()).singleElement().extracting(IndicatorProblem::reason).asString()
        .startsWith("JSON that is neither a STIX 2.1 bundle");
  }

  @Test
  void parse_brokenJson_isOneProblemWithItsLine() {
    IndicatorList list = IndicatorFile.parse("x.json", "{\"type\": \"bundle\",\n\"objects\": [\n{\"type\": }]}");

    assertThat(list.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.reason()).startsWith("not valid JSON: ");
    });
  }
}
