package io.bulkhead.ioc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Type inference, including the extraction bugs listed in ioc-and-triage.md section 1.5. */
final class TypeGuessTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(textBlock = """
      193.142.58.126,                                  ipv4
      2001:db8::1,                                     ipv6
      2001:DB8:0:0:0:0:0:1,                            ipv6
      fe80::1%eth0,                                    ipv6
      ::ffff:10.1.2.3,                                 ipv4
      10.0.0.0/8,                                      cidr
      2001:db8::/32,                                   cidr
      https://idowall.com/payload,                     url
      ftp://files.example.org/a,                       url
      user@example.com,                                email
      d41d8cd98f00b204e9800998ecf8427e,                md5
      da39a3ee5e6b4b0d3255bfef95601890afd80709,        sha1
      BDD1A085D651082AD567B03E5186D1D46D822BB7794157AB8CCE95D850A3CAAF, sha256
      idowall.com,                                     domain
      IDOWALL.COM,                                     domain
      mail.example.co.uk,                              domain
      example.commercial.file,                         domain
      bücher.example,                                  domain
      пример.рф,                                       domain
      xn--e1afmkfd.xn--p1ai,                           domain
      virus.exe,                                       filename
      payload.dll,                                     filename
      invoice.zip,                                     filename
      install.sh,                                      filename
      setup.py,                                        filename
      jvm-agent.jar,                                   filename
      report.2023.xlsx,                                filename
      DetectRaptor.Windows.Detection.Amcache,          filename
      """)
  void guess_tellsTheTypeOfAFangedToken(String token, String type) {
    assertThat(TypeGuess.guess(token, false)).extracting(IndicatorType::wireName).isEqualTo(type);
  }

  @ParameterizedTest(name = "{0} defanged is a domain")
  @ValueSource(strings = {"invoice.zip", "install.sh", "setup.py", "virus.exe", "lib.so"})
  void guess_defangedTokenWithAFileEnding_isADomain(String token) {
    assertThat(TypeGuess.guess(token, true)).isEqualTo(IndicatorType.DOMAIN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"W64/BURNTCIGAR.CA!tr", "jvm-agent", "01.2.3.4", "1.2.3", "256.1.1.1", "a b",
      "C:\\Windows\\evil.exe", "/tmp/x.sh", "deadbeef", "", "..."})
  void guess_givesUpOnWhatItCannotTell(String token) {
    assertThat(TypeGuess.guess(token, false)).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      01.2.3.4                 | not an IPv4 address (four numbers 0-255 without leading zeros
      idowall.com/payload      | looks like a URL without its scheme
      jvm-agent                | give its type (a CSV type column, or a prefix such as 'filename:jvm-agent')
      deadbeefdeadbeefdeadbeef | has 24 hex digits: not an MD5 (32), SHA-1 (40) or SHA-256 (64) hash
      """)
  void unknownReason_saysWhatToDo(String token, String reason) {
    assertThat(TypeGuess.unknownReason(token)).contains(reason);
  }

  @Test
  void unknownReason_namesSha512() {
    assertThat(TypeGuess.unknownReason("ab".repeat(64))).contains("SHA-512 hash, which is not supported");
  }

  @ParameterizedTest(name = "{0} {1} is {2}")
  @CsvSource(textBlock = """
      IPv4,        1.2.3.4,        ipv4
      ip-dst,      1.2.3.4,        ipv4
      ip-src,      2001:db8::1,    ipv6
      IP,          10.0.0.0/8,     cidr
      Domain,      x.com,          domain
      domain-name, x.com,          domain
      hostname,    x.com,          domain
      URL,         http://x.com,   url
      MD5,         x,              md5
      SHA-256,     x,              sha256
      sha_1,       x,              sha1
      file name,   x,              filename
      Filename,    x,              filename
      email-src,   a@x.com,        email
      hash,        d41d8cd98f00b204e9800998ecf8427e, md5
      """)
  void named_readsTheSpellingsOfTypeColumns(String name, String value, String type) {
    assertThat(TypeGuess.named(name, value)).extracting(IndicatorType::wireName).isEqualTo(type);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ipv5", "registry key", "asn"})
  void named_givesNullForOtherNames(String name) {
    assertThat(TypeGuess.named(name, "x")).isNull();
  }
}
