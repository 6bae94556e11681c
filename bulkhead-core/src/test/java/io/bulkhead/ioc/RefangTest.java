package io.bulkhead.ioc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The defanged spellings of InQuest/iocextract and ninoseki/ioc-extractor, and text that must stay as it is. */
final class RefangTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      193.142.58[.]126                          | 193.142.58.126
      193[.]142[.]58[.]126                      | 193.142.58.126
      193.142.58(.)126                          | 193.142.58.126
      193.142.58{.}126                          | 193.142.58.126
      193.142.58\\.126                          | 193.142.58.126
      1.2.3[.4                                  | 1.2.3.4
      idowall[.]com                             | idowall.com
      idowall[dot]com                           | idowall.com
      idowall(DOT)com                           | idowall.com
      idowall{dot}com                           | idowall.com
      idowall dot com                           | idowall.com
      idowall [.] com                           | idowall.com
      idowall[ . ]com                           | idowall.com
      example[.com                              | example.com
      example.]com                              | example.com
      test\\.example[.)com                      | test.example.com
      hxxp://idowall[.]com/x                    | http://idowall.com/x
      hxxps://idowall[.]com/x                   | https://idowall.com/x
      hXXps://idowall[.]com                     | https://idowall.com
      HXXPS[:]//idowall[.]com                   | https://idowall.com
      hxxps[://]idowall[.]com[/]payload         | https://idowall.com/payload
      hxxps[:]//test\\.example[.)com[/]path     | https://test.example.com/path
      fxp://files[.]example[.]org/a             | ftp://files.example.org/a
      http:// example .com/path                 | http://example.com/path
      user[at]example[.]com                     | user@example.com
      user[@]example[.]com                      | user@example.com
      user(@)example(.)com                      | user@example.com
      user{@}example{.}com                      | user@example.com
      user (at) example (dot) com               | user@example.com
      user at example dot com                   | user@example.com
      first.last at mail.example.org            | first.last@mail.example.org
      2001:db8[:]:1                             | 2001:db8::1
      2001[:]db8[:][:]1                         | 2001:db8::1
      """)
  void refang_turnsDefangedSpellingsIntoTheRealValue(String defanged, String real) {
    assertThat(Refang.refang(defanged)).isEqualTo(real);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "193.142.58.126",
      "https://idowall.com/a?b=c",
      "jvm-agent",
      "W64/BURNTCIGAR.CA!tr",
      "example.commercial.file",
      "seen at the edge of the network",
      "loader written for .NET",
      "example .com",
      "C2 hosted at OVH (London)",
      "[2001:db8::1]",
      "(.NET loader) and [...] elided",
      "hxxpd is not a scheme",
      "shhxxp://x stays",
      "a   b"})
  void refang_leavesTextWithNothingDefangedAsItIs(String text) {
    assertThat(Refang.refang(text)).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      '193.142.58.126'       | 193.142.58.126
      `idowall.com`          | idowall.com
      <user@example.com>     | user@example.com
      idowall.com,           | idowall.com
      idowall.com.           | idowall.com
      (see idowall.com)      | (see idowall.com)
      idowall.com)           | idowall.com
      ""                     | ''
      """)
  void trimToken_dropsWhatProseWrapsAroundIndicators(String token, String trimmed) {
    assertThat(Refang.trimToken(token)).isEqualTo(trimmed);
  }
}
