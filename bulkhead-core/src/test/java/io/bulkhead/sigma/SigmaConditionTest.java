package io.bulkhead.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Conditions, from the specification's "Condition" section: and, or, not, brackets, 1/all of a
 * pattern or of them (identifiers starting with _ excluded), precedence, and condition lists.
 */
final class SigmaConditionTest {
  /** Four selections, each true when the document's field of the same name is "y". */
  private static final String SELECTIONS = """
          sel_a:
              a: y
          sel_b:
              b: y
          filter_c:
              c: y
          _hidden:
              h: y
      """;

  private static boolean eval(String condition, String trueOnes) {
    CompiledRule r = Sigma.detection(SELECTIONS + "    condition: " + condition + "\n");
    StringBuilder json = new StringBuilder("{");
    for (char f : "abch".toCharArray()) {
      json.append('"').append(f).append("\": \"").append(trueOnes.indexOf(f) >= 0 ? "y" : "n").append("\",");
    }
    json.setLength(json.length() - 1);
    return r.matchesDocument(Sigma.doc(json.append('}').toString()));
  }

  @ParameterizedTest(name = "[{index}] {0} with {1} -> {2}")
  @CsvSource(delimiter = ';', value = {
    "sel_a and sel_b                 ; ab  ; true",
    "sel_a and sel_b                 ; a   ; false",
    "sel_a or sel_b                  ; b   ; true",
    "sel_a or sel_b                  ; c   ; false",
    "not sel_a                       ; b   ; true",
    "not sel_a                       ; a   ; false",
    "sel_a and not filter_c          ; ac  ; false",
    "sel_a and not filter_c          ; a   ; true",
    // precedence: or < and < not
    "sel_a or sel_b and filter_c     ; a   ; true",
    "sel_a or sel_b and filter_c     ; b   ; false",
    "(sel_a or sel_b) and filter_c   ; a   ; false",
    "not sel_a or sel_b              ; ab  ; true",
    "not sel_a and sel_b             ; ab  ; false",
    "not (sel_a and sel_b)           ; a   ; true",
    "not not sel_a                   ; a   ; true",
    "((((sel_a))))                   ; a   ; true",
    // 1 of / all of a pattern
    "1 of sel_*                      ; b   ; true",
    "1 of sel_*                      ; c   ; false",
    "all of sel_*                    ; ab  ; true",
    "all of sel_*                    ; a   ; false",
    "any of sel_*                    ; a   ; true",
    "1 of sel_* and not 1 of filter* ; ac  ; false",
    "1 of sel_* and not 1 of filter* ; a   ; true",
    "1 of *_c                        ; c   ; true",
    "1 of sel_a                      ; a   ; true",
    // x of binds tighter than not
    "not 1 of sel_*                  ; c   ; true",
    // them: every identifier not starting with _
    "1 of them                       ; h   ; false",
    "1 of them                       ; c   ; true",
    "all of them                     ; abc ; true",
    "all of them                     ; ab  ; false",
    "_hidden                         ; h   ; true",
    "1 of _hid*                      ; h   ; true",
  })
  void condition_evaluatesAsTheSpecificationSays(String condition, String trueOnes, boolean expected) {
    assertThat(eval(condition.strip(), trueOnes.strip())).isEqualTo(expected);
  }

  @Test
  void conditionList_isAnOrOfItsEntries() {
    CompiledRule r = Sigma.detection(SELECTIONS + "    condition:\n        - sel_a and sel_b\n        - filter_c\n");
    assertThat(r.matchesDocument(Sigma.doc("{\"c\": \"y\"}"))).isTrue();
    assertThat(r.matchesDocument(Sigma.doc("{\"a\": \"y\", \"b\": \"y\"}"))).isTrue();
    assertThat(r.matchesDocument(Sigma.doc("{\"a\": \"y\"}"))).isFalse();
  }

  @Test
  void listOfMaps_isAnOrOfAnds() {
    // "Lists are OR-ed, maps are AND-ed; a list of maps is an OR of ANDs"
    String body = """
            selection:
                - Image|endswith: '\\\\example.exe'
                - Description|contains: 'Test executable'
                  Company: ACME
            condition: selection
        """;
    CompiledRule r = Sigma.detection(body);
    assertThat(r.matchesDocument(Sigma.doc("{\"Image\": \"C:\\\\x\\\\example.exe\"}"))).isTrue();
    assertThat(r.matchesDocument(Sigma.doc("{\"Description\": \"a Test executable\", \"Company\": \"acme\"}"))).isTrue();
    assertThat(r.matchesDocument(Sigma.doc("{\"Description\": \"a Test executable\"}"))).isFalse();
  }

  @Test
  void mapWithAValueList_isAndOfFieldsOrOfValues() {
    // "matches on EventLog 'Security' and ( Event ID 517 or Event ID 1102 )"
    String body = """
            selection:
                EventLog: Security
                EventID:
                    - 517
                    - 1102
            condition: selection
        """;
    CompiledRule r = Sigma.detection(body);
    assertThat(r.matchesDocument(Sigma.doc("{\"EventLog\": \"Security\", \"EventID\": 1102}"))).isTrue();
    assertThat(r.matchesDocument(Sigma.doc("{\"EventLog\": \"Security\", \"EventID\": \"517\"}"))).isTrue();
    assertThat(r.matchesDocument(Sigma.doc("{\"EventLog\": \"System\", \"EventID\": 517}"))).isFalse();
    assertThat(r.matchesDocument(Sigma.doc("{\"EventLog\": \"Security\", \"EventID\": 4624}"))).isFalse();
  }

  @Test
  void nullSelection_matchesAbsentOrNullFields() {
    // The specification's valid example: selection_main and 1 of selection_empty*
    String body = """
            selection_main:
                FieldA: 'something'
            selection_empty1:
                FieldB: ''
            selection_empty2:
                FieldB: null
            condition: selection_main and 1 of selection_empty*
        """;
    CompiledRule r = Sigma.detection(body);
    assertThat(r.matchesDocument(Sigma.doc("{\"FieldA\": \"something\", \"FieldB\": \"\"}"))).isTrue();
    assertThat(r.matchesDocument(Sigma.doc("{\"FieldA\": \"something\", \"FieldB\": null}"))).isTrue();
    assertThat(r.matchesDocument(Sigma.doc("{\"FieldA\": \"something\"}"))).isTrue();
    assertThat(r.matchesDocument(Sigma.doc("{\"FieldA\": \"something\", \"FieldB\": \"x\"}"))).isFalse();
  }

  @Test
  void nullInAValueList_isALintError() {
    // The specification's invalid example.
    RuleSet rs = Sigma.lint("""
        title: t
        logsource: {product: test}
        detection:
            selection_main:
                FieldA: 'something'
                FieldB:
                    - ''
                    - null
            condition: selection_main
        """);
    assertThat(rs.diagnostics()).anySatisfy(d -> {
      assertThat(d.isError()).isTrue();
      assertThat(d.line()).isEqualTo(8);
      assertThat(d.message()).contains("null cannot be part of a value list");
    });
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = ';', value = {
    // the condition starts at column 16 of line 8
    "sel_a and           ; 25 ; expected a search identifier",
    "sel_a sel_b         ; 22 ; unexpected 'sel_b'",
    "(sel_a or sel_b     ; 31 ; expected ')'",
    "sel_a and missing   ; 26 ; unknown search identifier 'missing'",
    "Sel_A               ; 16 ; did you mean 'sel_a'",
    "1 of nothing*       ; 16 ; matches no search identifier",
    "2 of sel_*          ; 16 ; only '1 of', 'any of' and 'all of'",
    "sel_* and sel_a     ; 16 ; needs '1 of' or 'all of'",
    "1 sel_a             ; 18 ; expected 'of'",
    "sel_a | count() > 5 ; 22 ; obsolete",
    "sel_a near sel_b    ; 22 ; obsolete",
    "sel_a & sel_b       ; 22 ; unexpected character '&'",
  })
  void conditionErrors_areReportedAtTheirColumn(String condition, int column, String message) {
    String yaml = "title: t\nlogsource: {product: test}\ndetection:\n    sel_a:\n        a: y\n    sel_b:\n        b: y\n"
        + "    condition: " + condition.strip() + "\n";
    RuleSet rs = Sigma.lint(yaml);
    assertThat(rs.rejected()).hasSize(1);
    assertThat(rs.diagnostics().stream().filter(Diagnostic::isError)).singleElement().satisfies(d -> {
      assertThat(d.message()).contains(message.strip());
      assertThat(d.line()).isEqualTo(8);
      assertThat(d.column()).isEqualTo(column);
    });
  }

  @Test
  void obsoleteAggregation_isUnsupportedNotBroken() {
    RuleSet rs = Sigma.lint("title: t\nlogsource: {product: test}\ndetection:\n    sel:\n        a: y\n"
        + "    condition: sel | count() by user > 5\n    timeframe: 5m\n");
    assertThat(rs.rejected()).singleElement().satisfies(r -> assertThat(r.unsupported()).isTrue());
    assertThat(rs.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("timeframe"));
  }

  @Test
  void deepNesting_isRefusedNotRecursed() {
    String cond = "(".repeat(5000) + "sel_a" + ")".repeat(5000);
    RuleSet rs = Sigma.lint("title: t\nlogsource: {product: test}\ndetection:\n    sel_a:\n        a: y\n    condition: '" + cond + "'\n");
    assertThat(rs.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("nested deeper than"));
  }

  @Test
  void unusedIdentifier_isAWarning() {
    RuleSet rs = Sigma.lint("title: t\nlogsource: {product: test}\ndetection:\n    sel_a:\n        a: y\n    sel_b:\n        b: y\n"
        + "    condition: sel_a\n");
    assertThat(rs.rejected()).isEmpty();
    assertThat(rs.diagnostics().stream().filter(d -> d.code().equals("identifier"))).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
      assertThat(d.line()).isEqualTo(6);
      assertThat(d.message()).contains("'sel_b' is not used");
    });
  }
}
