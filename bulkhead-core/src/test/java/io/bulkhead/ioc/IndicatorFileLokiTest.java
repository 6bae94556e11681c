package io.bulkhead.ioc;

import static io.bulkhead.ioc.IndicatorFileFixtures.problems;
import static io.bulkhead.ioc.IndicatorFileFixtures.typed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class IndicatorFileLokiTest {

  @Test
  void parse_hashFile_readsBothLineShapesAndTellsTheHashByLength() {
    IndicatorList list = IndicatorFileFixtures.parse("loki-hash-iocs.txt");

    assertThat(list.format()).isEqualTo("loki-hash");
    assertThat(typed(list)).containsExactly(
        "sha256 bdd1a085d651082ad567b03e5186d1d46d822bb7794157ab8cce95d850a3caaf",
        "md5 d41d8cd98f00b204e9800998ecf8427e",
        "sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709");
    assertThat(list.indicators()).extracting(Indicator::description).containsExactly(
        "Sliver payload jvm-agent", "Empty file dropped by the loader; see case 17",
        "Sliver implants seen in the Thanksgiving 2023 intrusion");
    assertThat(problems(list)).containsExactly(
        "7: 'deadbeef' is not an MD5, SHA-1 or SHA-256 hash (32, 40 or 64 hex digits)");
  }

  @Test
  void parse_hashLinesInAFileOfAnyName_areLokiHash() {
    IndicatorList list = IndicatorFile.parse("iocs.txt", "d41d8cd98f00b204e9800998ecf8427e;Empty\n");

    assertThat(list.format()).isEqualTo("loki-hash");
  }

  @Test
  void parse_falsePositiveHashFile_readsNothing() {
    IndicatorList list = IndicatorFile.parse("falsepositive-hashes.txt", "d41d8cd98f00b204e9800998ecf8427e;Empty\n");

    assertThat(list.indicators()).isEmpty();
    assertThat(list.problems()).singleElement().extracting(IndicatorProblem::reason).asString()
        .contains("known-good");
  }

  @Test
  void parse_filenameFile_takesLiteralNamesAndReportsRegexes() {
    IndicatorList list = IndicatorFileFixtures.parse("loki-filename-iocs.txt");

    assertThat(list.format()).isEqualTo("loki-filename");
    assertThat(typed(list)).containsExactly("filename jvm-agent", "filename svcsstat.exe");
    assertThat(list.indicators()).extracting(Indicator::description).containsOnly("Sliver payload names");
    assertThat(problems(list)).containsExactly(
        "6: regex file-name indicators are not supported: '/tmp/\\.x11'",
        "7: regex file-name indicators are not supported: '\\\\(server|taskmrg)\\.exe$'",
        "8: regex file-name indicators are not supported: '\\\\Windows\\\\Temp\\\\[a-z]{8}\\.exe'",
        "9: regex file-name indicators are not supported: 'svchost.exe'");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      \\\\svcsstat\\.exe     | svcsstat.exe
      svcsstat\\.exe         | svcsstat.exe
      \\\\jvm-agent$         | jvm-agent
      /jvm\\-agent           | jvm-agent
      \\\\a\\ b\\.exe        | a b.exe
      \\\\\\d+\\.exe         | null
      \\\\x.exe              | null
      \\\\dir\\\\x\\.exe     | null
      ^x\\.exe               | null
      \\\\x\\.(exe)        | null
      $                      | null
      """)
  void literalFileName_unescapesOnlyPlainNames(String regex, String name) {
    assertThat(LokiIndicators.literalFileName(regex)).isEqualTo(name);
  }

  @Test
  void parse_c2File_readsHostsAsDomainsWhateverTheirEnding() {
    IndicatorList list = IndicatorFileFixtures.parse("loki-c2-iocs.txt");

    assertThat(list.format()).isEqualTo("loki-c2");
    assertThat(typed(list)).containsExactly("ipv4 193.142.58.126", "ipv4 198.244.174.214", "domain idowall.com",
        "domain update.zip");
    assertThat(list.indicators()).extracting(Indicator::description).containsExactly(
        "Thanksgiving 2023 C2", "Sliver C2 server (OVH)", "Thanksgiving 2023 C2", "Thanksgiving 2023 C2");
    assertThat(problems(list)).singleElement().asString().startsWith("8: cannot tell what kind of indicator");
  }
}
