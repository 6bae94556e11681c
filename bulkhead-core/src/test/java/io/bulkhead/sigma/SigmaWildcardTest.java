package io.bulkhead.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Wildcards, escapes and case, from the specification's "String Wildcard", "Escape Character"
 * and "General" sections: values are case-insensitive, {@code *} is any run, {@code ?} one
 * character, and a backslash escapes a wildcard or a backslash.
 */
final class SigmaWildcardTest {

  @ParameterizedTest(name = "[{index}] {0} ~ {1} -> {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    // "All values are treated as case-insensitive strings"
    "'Whoami.EXE'          | whoami.exe                      | true",
    "'whoami.exe'          | xwhoami.exe                     | false",
    // "? to replace a single mandatory character"
    "'prog?.exe'           | progA.exe                       | true",
    "'prog?.exe'           | prog.exe                        | false",
    "'prog?.exe'           | progAB.exe                      | false",
    // "* to replace an unbounded length wildcard"
    "'antivirus_V*.exe'    | antivirus_V21.2.1.exe           | true",
    "'antivirus_V*.exe'    | antivirus_V.exe                 | true",
    "'antivirus_V*.exe'    | antivirus_X.exe                 | false",
    "'*a*b*c*'             | xxaxxbxxcxx                     | true",
    "'*a*b*c*'             | xxcxxbxxaxx                     | false",
    "'a*a'                 | a                               | false",
    "'a*a'                 | aa                              | true",
    "'*'                   | anything                        | true",
    "'*'                   | \"\"                              | true",
    "''                    | \"\"                              | true",
    "''                    | x                               | false",
    // "Plain backslash not followed by a wildcard can be expressed as single \\ or double backslash \\\\"
    "'C:\\Windows\\x.exe'   | C:\\Windows\\x.exe                | true",
    "'C:\\\\Windows\\\\x.exe' | C:\\Windows\\x.exe              | true",
    // "A wildcard has to be escaped to be handled as a plain character: \\*, \\?"
    "'a\\*b'               | a*b                             | true",
    "'a\\*b'               | axxb                            | false",
    "'what\\?'             | what?                           | true",
    "'what\\?'             | whatx                           | false",
    // "The backslash before a wildcard has to be escaped ...: \\\\*"
    "'dir\\\\*'            | dir\\anything                    | true",
    "'dir\\\\*'            | dir*                            | false",
    // "Three backslashes are necessary to escape both ...: \\\\\\*"
    "'dir\\\\\\*'          | dir\\*                           | true",
    "'dir\\\\\\*'          | dir\\x                           | false",
    // "Three or four backslashes are handled as double backslash ... \\\\\\\\ results in \\\\"
    "'a\\\\\\\\b'          | a\\\\b                            | true",
    "'a\\\\\\b'            | a\\\\b                            | true",
  })
  void wildcards_matchAsTheSpecificationSays(String value, String field, boolean expected) {
    String json = "{\"f\": \"" + field.replace("\\", "\\\\") + "\"}";
    assertThat(Sigma.matches("f: " + value, json)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] cased {0} ~ {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
    "Whoami | Whoami | true",
    "Whoami | whoami | false",
    "Who*   | WHOAMI | false",
    "Who*   | WhoAMI | true",
  })
  void cased_makesTheComparisonCaseSensitive(String value, String field, boolean expected) {
    assertThat(Sigma.matches("f|cased: '" + value + "'", "{\"f\": \"" + field + "\"}")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0} ~ {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
    // Non-ASCII case folding is String.equalsIgnoreCase's, character by character, whatever the
    // default locale (the tests run under Turkish): Greek folds, sharp s does not expand.
    "'ΣΊΣΥΦΟΣ' | σίσυφος | true",
    "'straße'  | STRASSE | false",
    "'İstanbul'| ISTANBUL| true",
    "'ı*'      | I       | true",
  })
  void caseFolding_isCharacterByCharacterAndLocaleIndependent(String value, String field, boolean expected) {
    assertThat(Sigma.matches("f: " + value, "{\"f\": \"" + field + "\"}")).isEqualTo(expected);
  }
}
