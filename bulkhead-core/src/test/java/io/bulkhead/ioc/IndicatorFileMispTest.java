package io.bulkhead.ioc;

import static io.bulkhead.ioc.IndicatorFileFixtures.problems;
import static io.bulkhead.ioc.IndicatorFileFixtures.typed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class IndicatorFileMispTest {

  @Test
  void parse_response_splitsCompositesAndMarksAttributesNotForIds() {
    IndicatorList list = IndicatorFileFixtures.parse("misp-response-with-composites.json");

    assertThat(list.format()).isEqualTo("misp");
    assertThat(typed(list)).containsExactly(
        "domain idowall.com",
        "ipv4 198.244.174.214",
        "ipv4 193.142.58.126",
        "filename jvm-agent",
        "md5 d41d8cd98f00b204e9800998ecf8427e",
        "cidr 203.0.113.0/24",
        "email attacker@example.com",
        "domain c2.example.net",
        "url https://idowall.com/jvm-agent");
    assertThat(list.indicators()).extracting(Indicator::description).containsExactly(
        "payload host", "payload host", "first event", "Sliver payload", "Sliver payload (jvm-agent)",
        "scanner range (to_ids false)", "second event (to_ids false)", "second event", "second event");
  }

  @Test
  void parse_response_namesEachUnreadTypeOnceAndEachBadValue() {
    IndicatorList list = IndicatorFileFixtures.parse("misp-response-with-composites.json");

    assertThat(problems(list)).containsExactly(
        "8: MISP attribute type 'text' has no indicator type here; 2 attributes skipped",
        "10: MISP attribute type 'as' has no indicator type here; 1 attribute skipped",
        "16: 'not-a-hash' is not an sha256 (64 hex digits)");
  }

  @Test
  void parse_bareAttributesAndListsOfEvents_areMispToo() {
    IndicatorList bare = IndicatorFile.parse("a.json", "{\"Attribute\": [{\"type\": \"ip-dst\", \"value\": \"1.2.3.4\"}]}");
    IndicatorList events = IndicatorFile.parse("b.json",
        "[{\"Event\": {\"Attribute\": [{\"type\": \"filename|sha1\", \"value\": \"a.exe|" + "0".repeat(40) + "\"}]}}]");

    assertThat(bare.format()).isEqualTo("misp");
    assertThat(typed(bare)).containsExactly("ipv4 1.2.3.4");
    assertThat(events.format()).isEqualTo("misp");
    assertThat(typed(events)).containsExactly("filename a.exe", "sha1 " + "0".repeat(40));
  }
}
