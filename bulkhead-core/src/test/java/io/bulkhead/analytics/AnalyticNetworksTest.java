package io.bulkhead.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Networks}: address literals, prefixes and internal space, with no name ever resolved. */
final class AnalyticNetworksTest {
  @ParameterizedTest
  @ValueSource(strings = {"localhost", "example.com", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1..2.3", "", "::g", "12345"})
  void parse_refusesWhatIsNotALiteral(String s) {
    assertThat(Networks.parse(s)).isNull();
  }

  @Test
  void parse_readsBothFamilies_andMappedIpv4AsIpv4() {
    assertThat(Networks.parse("193.0.2.126")).containsExactly(193, 0, 2, 126);
    assertThat(Networks.parse("2001:db8::1")).hasSize(16);
    assertThat(Networks.parse("fe80::1%eth0")).hasSize(16);
    assertThat(Networks.parse("::ffff:10.0.3.4")).containsExactly(10, 0, 3, 4);
  }

  @ParameterizedTest
  @CsvSource({
    "10.0.3.4, 10.0.3.250, 24, true",
    "10.0.3.4, 10.0.4.4, 24, false",
    "10.0.3.4, 10.0.4.4, 16, true",
    "2001:db8:1:2::1, 2001:db8:1:2:ffff::9, 64, true",
    "2001:db8:1:2::1, 2001:db8:1:3::1, 64, false",
    "10.0.3.4, 2001:db8::1, 24, false",
    "10.0.3.4, 10.0.3.4, 0, false",
  })
  void samePrefix_comparesLeadingBits(String a, String b, int bits, boolean same) {
    assertThat(Networks.samePrefix(Networks.parse(a), Networks.parse(b), bits)).isEqualTo(same);
  }

  @ParameterizedTest
  @CsvSource({
    "10.1.2.3, true", "172.16.0.1, true", "172.31.255.255, true", "172.32.0.1, false", "192.168.1.1, true",
    "100.96.0.12, true", "127.0.0.1, true", "169.254.1.1, true", "8.8.8.8, false", "198.18.174.214, false",
    "fd00::1, true", "fe80::1, true", "::1, true", "2001:db8::1, false",
  })
  void isInternal_knowsPrivateSharedLoopbackAndLinkLocalSpace(String ip, boolean internal) {
    assertThat(Networks.isInternal(Networks.parse(ip))).isEqualTo(internal);
  }

  @Test
  void bloomSet_neverForgetsWhatItWasTold() {
    BloomSet b = new BloomSet(1 << 12);
    for (int i = 0; i < 300; i++) {
      b.add("cf_access_client_id:" + i);
    }
    for (int i = 0; i < 300; i++) {
      assertThat(b.mightContain("cf_access_client_id:" + i)).isTrue();
    }
    long falsePositives = java.util.stream.IntStream.range(1000, 2000).filter(i -> b.mightContain("other:" + i)).count();
    assertThat(falsePositives).isLessThan(50);
  }
}
