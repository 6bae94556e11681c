package io.bulkhead.ioc;

import static io.bulkhead.ioc.IndicatorFileFixtures.problems;
import static io.bulkhead.ioc.IndicatorFileFixtures.typed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class IndicatorFileCsvTest {

  @Test
  void parse_csv_readsQuotedFieldsAndColumnsInAnyOrder() {
    IndicatorList list = IndicatorFileFixtures.parse("csv-quoted-description.csv");

    assertThat(list.format()).isEqualTo("csv");
    assertThat(typed(list)).containsExactly(
        "ipv4 193.142.58.126",
        "domain idowall.com",
        "sha256 bdd1a085d651082ad567b03e5186d1d46d822bb7794157ab8cce95d850a3caaf",
        "url https://idowall.com/jvm-agent",
        "ipv4 198.244.174.214",
        "md5 d41d8cd98f00b204e9800998ecf8427e",
        "filename jvm-agent");
    assertThat(list.indicators()).extracting(Indicator::description).containsExactly(
        "owned by M247, Bucharest",
        "serving \"the\" Sliver payload",
        "Sliver payload\n(jvm-agent), on two lines",
        "type left empty: guessed",
        null,
        "upper-case hash",
        "Sliver payload");
    assertThat(list.indicators()).extracting(i -> i.origin().line()).containsExactly(3L, 4L, 5L, 7L, 8L, 14L, 17L);
  }

  @Test
  void parse_csv_givesOneProblemPerBadRowAndReadsTheRest() {
    IndicatorList list = IndicatorFileFixtures.parse("csv-quoted-description.csv");

    assertThat(problems(list)).containsExactly(
        "10: '01.2.3.4' is not an ipv4 address",
        "11: 'bdd1a085' is not an sha256 (64 hex digits)",
        "12: unknown indicator type 'registry key' (use ipv4, ipv6, cidr, domain, url, md5, sha1, sha256, filename or email)",
        "13: cannot tell what kind of indicator 'jvm-agent' is; give its type (a CSV type column, or a prefix such as"
            + " 'filename:jvm-agent')");
    assertThat(list.problems().get(0)).hasToString("csv-quoted-description.csv:10: '01.2.3.4' is not an ipv4 address");
  }

  @ParameterizedTest
  @ValueSource(strings = {"indicator;type;description\n", "Type\tIndicator\n", "IOC,Indicator Type\n"})
  void parse_csvHeader_isFoundWhateverItsDelimiterAndCase(String header) {
    char d = header.contains(";") ? ';' : header.contains("\t") ? '\t' : ',';
    String row = header.startsWith("Type") ? "ipv4" + d + "1.2.3.4\n" : "1.2.3.4" + d + "ipv4\n";

    IndicatorList list = IndicatorFile.parse("x.csv", header + row);

    assertThat(list.format()).isEqualTo("csv");
    assertThat(typed(list)).containsExactly("ipv4 1.2.3.4");
  }

  @Test
  void parse_csvWithAStrayQuote_reportsItAndReadsTheFollowingRows() {
    String text = "indicator,type\n\"1.2.3.4,ipv4\n5.6.7.8,ipv4\n\"9.9.9.9\",ipv4\n";

    IndicatorList list = IndicatorFile.parse("x.csv", text);

    assertThat(typed(list)).containsExactly("ipv4 5.6.7.8", "ipv4 9.9.9.9");
    assertThat(problems(list)).hasSize(2).first().asString().startsWith("2: a quoted field is not closed");
  }

  @Test
  void parse_csvWithoutItsHeader_isReadAsText() {
    IndicatorList list = IndicatorFile.parse("x.csv", "1.2.3.4,ipv4\n");

    assertThat(list.format()).isEqualTo("text");
    assertThat(list.problems()).hasSize(1);
  }
}
