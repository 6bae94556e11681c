package io.bulkhead.ioc;

import static io.bulkhead.ioc.IndicatorFileFixtures.problems;
import static io.bulkhead.ioc.IndicatorFileFixtures.typed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class IndicatorFileMarkdownTest {

  @Test
  void parse_tableWithoutTypeColumn_guessesTypesAndReadsEveryHashColumn() {
    String text = """
        | IOC | MD5 | SHA1 | Notes |
        |:----|:---:|-----:|-------|
        | **hxxps://idowall[.]com/a\\|b** | - | n/a | escaped pipe |
        | loader.dll | d41d8cd98f00b204e9800998ecf8427e | da39a3ee5e6b4b0d3255bfef95601890afd80709 | |
        | 2001:db8[:]:1 |
        """;

    IndicatorList list = IndicatorFile.parse("iocs.md", text);

    assertThat(list.format()).isEqualTo("markdown");
    assertThat(typed(list)).containsExactly(
        "url https://idowall.com/a|b",
        "filename loader.dll",
        "md5 d41d8cd98f00b204e9800998ecf8427e",
        "sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709",
        "ipv6 2001:db8::1");
    assertThat(list.indicators().get(2).description()).isEqualTo("(loader.dll)");
    assertThat(list.problems()).isEmpty();
  }

  @Test
  void parse_tableWithBadRows_givesOneProblemEachAndReadsTheRest() {
    String text = """
        Two tables; the second has the indicators.

        | Indicator | Indicator type | Description |
        |---|---|---|
        | 193.142.58[.]126 | IPv4 | good |
        | 193.142.58.1266 | IPv4 | bad address |
        | HKLM\\Run | registry | unknown type |
        | n/a | Domain | empty |
        | idowall[.]com | Domain | good |
        """;

    IndicatorList list = IndicatorFile.parse("iocs.md", text);

    assertThat(typed(list)).containsExactly("ipv4 193.142.58.126", "domain idowall.com");
    assertThat(problems(list)).containsExactly(
        "6: '193.142.58.1266' is not an ipv4 address",
        "7: unknown indicator type 'registry' (use ipv4, ipv6, cidr, domain, url, md5, sha1, sha256, filename or email)",
        "8: no indicator in this table row");
  }

  @Test
  void parse_tableWithoutAnIndicatorColumn_isNotMarkdown() {
    IndicatorList list = IndicatorFile.parse("hosts.md", "| host | role |\n|---|---|\n| a | b |\n");

    assertThat(list.format()).isEqualTo("text");
  }
}
