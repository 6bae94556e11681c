package io.bulkhead.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class IpAddressTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(textBlock = """
      193.142.58.126,                  193.142.58.126
      0.0.0.0,                         0.0.0.0
      255.255.255.255,                 255.255.255.255
      2001:DB8:0:0:0:0:0:1,            2001:db8::1
      2001:db8:0:0:1:0:0:1,            2001:db8::1:0:0:1
      2001:0db8:0000:0000:0000:ff00:0042:8329, 2001:db8::ff00:42:8329
      ::1,                             ::1
      ::,                              ::
      fe80::1%eth0,                    fe80::1
      ::ffff:10.1.2.3,                 10.1.2.3
      2001:db8:1:1:1:1:1:1,            2001:db8:1:1:1:1:1:1
      1:0:0:2:0:0:0:3,                 1:0:0:2::3
      """)
  void canonical_isDottedOrRfc5952(String text, String canonical) {
    assertThat(IpAddress.parse(text)).isNotNull().extracting(IpAddress::canonical).isEqualTo(canonical);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1.2.3.4 ", "a.b.c.d", "1::2::3", "12345::",
      "1:2:3:4:5:6:7:8:9", "v1.2.3.4", "::ffff:1.2.3"})
  void parse_refusesWhatIsNotAnAddress(String text) {
    assertThat(IpAddress.parse(text)).isNull();
  }
}
