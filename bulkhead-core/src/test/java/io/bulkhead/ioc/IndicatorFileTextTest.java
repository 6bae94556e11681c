package io.bulkhead.ioc;

import static io.bulkhead.ioc.IndicatorFileFixtures.problems;
import static io.bulkhead.ioc.IndicatorFileFixtures.typed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class IndicatorFileTextTest {

  @Test
  void parse_text_refangsGuessesAndTakesTheRestOfTheLineAsDescription() {
    String text = """
        # comment
        hxxps[:]//idowall[.]com/jvm-agent   payload URL
        user[at]idowall[.]com
        evil[.]zip - a defanged name is a host
        evil.zip
        203.0.113.0/24
        [2001:db8::1]:8443  C2 listener
        193.142.58.126:443
        sha256:bdd1a085d651082ad567b03e5186d1d46d822bb7794157ab8cce95d850a3caaf
        "c2.example.net",
        bücher.example
        """;

    IndicatorList list = IndicatorFile.parse("iocs.txt", text);

    assertThat(list.format()).isEqualTo("text");
    assertThat(typed(list)).containsExactly(
        "url https://idowall.com/jvm-agent",
        "email user@idowall.com",
        "domain evil.zip",
        "filename evil.zip",
        "cidr 203.0.113.0/24",
        "ipv6 2001:db8::1",
        "ipv4 193.142.58.126",
        "sha256 bdd1a085d651082ad567b03e5186d1d46d822bb7794157ab8cce95d850a3caaf",
        "domain c2.example.net",
        "domain xn--bcher-kva.example");
    assertThat(list.indicators()).extracting(Indicator::description).containsExactly(
        "payload URL", null, "a defanged name is a host", null, null, "C2 listener (port 8443)", "port 443",
        null, null, null);
    assertThat(list.problems()).isEmpty();
  }

  @Test
  void parse_textWithBadLines_givesOneProblemPerLineAndReadsTheRest() {
    String text = "1.2.3.4\n01.2.3.4\njvm-agent\nW64/BURNTCIGAR.CA!tr\n\n" + "ab".repeat(64) + "\nidowall.com/x\n5.6.7.8\n";

    IndicatorList list = IndicatorFile.parse("iocs.txt", text);

    assertThat(typed(list)).containsExactly("ipv4 1.2.3.4", "ipv4 5.6.7.8");
    assertThat(problems(list)).hasSize(5).extracting(p -> p.substring(0, p.indexOf(':'))).containsExactly(
        "2", "3", "4", "6", "7");
    assertThat(list.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo("iocs.txt"));
  }

  @Test
  void parse_sameIndicatorTwice_keepsTheFirstOriginAndTheFirstDescription() {
    IndicatorList list = IndicatorFile.parse("iocs.txt", "193.142.58.126\n193.142.58[.]126 first words\n"
        + "193.142.058.126 refused\n193.142.58.126 second words\n");

    assertThat(list.indicators()).singleElement().satisfies(i -> {
      assertThat(i.origin().line()).isEqualTo(1);
      assertThat(i.description()).isEqualTo("first words");
    });
    assertThat(problems(list)).singleElement().asString().startsWith("3: ");
  }

  @Test
  void parse_emptyText_givesNothing() {
    IndicatorList list = IndicatorFile.parse("empty.txt", "\uFEFF\n\n# nothing\n");

    assertThat(list.indicators()).isEmpty();
    assertThat(list.problems()).isEmpty();
  }
}
