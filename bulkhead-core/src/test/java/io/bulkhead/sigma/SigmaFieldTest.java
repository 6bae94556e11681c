package io.bulkhead.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Field lookup and value types, where the specification is silent and Bulkhead chose (see
 * docs/detection.md): dotted paths, arrays (any element), objects (their JSON text), numbers and
 * booleans (compared as text, numbers also numerically), case of keys.
 */
final class SigmaFieldTest {

  @ParameterizedTest(name = "[{index}] {0} ~ {1} -> {2}")
  @CsvSource(delimiter = ';', value = {
    // numbers and booleans compare as Sigma's strings: '200' matches 200, and numerically
    "status: '200'               ; {\"status\": 200}        ; true",
    "status: 200                 ; {\"status\": \"200\"}    ; true",
    "status: 200                 ; {\"status\": 200.0}      ; true",
    "status: 200                 ; {\"status\": 2000}       ; false",
    "status|startswith: '2'      ; {\"status\": 204}        ; true",
    "enable: 'false'             ; {\"enable\": false}      ; true",
    "enable: false               ; {\"enable\": \"False\"}  ; true",
    "enable: false               ; {\"enable\": true}       ; false",
    // dotted paths walk nested objects
    "actor.alternateId: a@x.com  ; {\"actor\": {\"alternateId\": \"A@X.com\"}} ; true",
    "actor.alternateId: a@x.com  ; {\"actor.alternateId\": \"a@x.com\"}      ; true",
    "a.b.c: v                    ; {\"a\": {\"b.c\": \"v\"}}                  ; true",
    "a.b: v                      ; {\"a\": \"v\"}                             ; false",
    // a key absent in the case written is looked up ignoring case
    "Status: success             ; {\"status\": \"success\"}                  ; true",
    "securitycontext.isproxy: true ; {\"securityContext\": {\"isProxy\": true}} ; true",
    // arrays: a path through an array matches if any element matches
    "target.type: UserGroup      ; {\"target\": [{\"type\": \"User\"}, {\"type\": \"UserGroup\"}]} ; true",
    "target.type: AppInstance    ; {\"target\": [{\"type\": \"User\"}, {\"type\": \"UserGroup\"}]} ; false",
    "tags: b                     ; {\"tags\": [\"a\", [\"b\"]]}              ; true",
    "ids: 3                      ; {\"ids\": [1, 2, 3]}                       ; true",
    // objects are compared as their compact JSON text
    "TargetResources|contains: 'AuthenticationMethodsPolicy' ; {\"TargetResources\": [{\"modifiedProperties\": [{\"displayName\": \"AuthenticationMethodsPolicy\"}]}]} ; true",
    "props|contains: '\"State\":0' ; {\"props\": {\"State\": 0}} ; true",
  })
  void fields_resolveAndCompareAsDocumented(String selection, String json, boolean expected) {
    assertThat(Sigma.matches(selection.strip(), json.strip())).isEqualTo(expected);
  }

  @Test
  void arrays_eachTestMaySeeADifferentElement() {
    // Documented choice: tests are not scoped to one array element (as most engines do).
    String sel = "target.type: User\ntarget.displayName: Admins";
    String json = "{\"target\": [{\"type\": \"User\", \"displayName\": \"alice\"}, {\"type\": \"UserGroup\", \"displayName\": \"Admins\"}]}";
    assertThat(Sigma.matches(sel, json)).isTrue();
  }

  @Test
  void arrays_notMeansNoElementMatches() {
    CompiledRule r = Sigma.detection("    sel:\n        target.type: UserGroup\n    condition: not sel\n");
    assertThat(r.matchesDocument(Sigma.doc("{\"target\": [{\"type\": \"User\"}, {\"type\": \"UserGroup\"}]}"))).isFalse();
    assertThat(r.matchesDocument(Sigma.doc("{\"target\": [{\"type\": \"User\"}]}"))).isTrue();
  }

  @Test
  void arrays_allNeedsEachValueMatchedByAnyElement() {
    String sel = "target.displayName|contains|all:\n    - alpha\n    - beta";
    assertThat(Sigma.matches(sel, "{\"target\": [{\"displayName\": \"alpha\"}, {\"displayName\": \"beta\"}]}")).isTrue();
    assertThat(Sigma.matches(sel, "{\"target\": [{\"displayName\": \"alpha\"}]}")).isFalse();
  }

  @Test
  void nullValue_matchesAMissingOrNullFieldAndNothingElse() {
    assertThat(Sigma.matches("errorCode: null", "{\"eventName\": \"x\"}")).isTrue();
    assertThat(Sigma.matches("errorCode: null", "{\"errorCode\": null}")).isTrue();
    assertThat(Sigma.matches("errorCode: null", "{\"errorCode\": \"AccessDenied\"}")).isFalse();
    assertThat(Sigma.matches("errorCode: ''", "{\"errorCode\": null}")).isFalse();
  }

  @Test
  void stringTests_neverMatchNull() {
    assertThat(Sigma.matches("f: '*'", "{\"f\": null}")).isFalse();
    assertThat(Sigma.matches("f|contains: 'null'", "{\"f\": null}")).isFalse();
  }
}
