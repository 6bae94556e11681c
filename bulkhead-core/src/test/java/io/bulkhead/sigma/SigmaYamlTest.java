package io.bulkhead.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading rule files: multi-document files, Sigma 1.x collections, and the safety limits. */
final class SigmaYamlTest {

  @Test
  void multiDocument_eachDocumentIsARule() {
    RuleSet rs = Sigma.load("""
        title: a
        logsource: {product: okta}
        detection: {sel: {x: 1}, condition: sel}
        ---
        title: b
        logsource: {product: okta}
        detection: {sel: {x: 2}, condition: sel}
        ---
        """);
    assertThat(rs.detections()).extracting(r -> r.info().title() + "@" + r.info().line()).containsExactly("a@1", "b@5");
  }

  @Test
  void actionGlobal_suppliesKeysToEveryFollowingDocument() {
    RuleSet rs = Sigma.load("""
        action: global
        title: Suspicious admin
        level: high
        logsource:
            product: okta
        detection:
            filter:
                actor.type: SystemPrincipal
            condition: selection and not filter
        ---
        detection:
            selection:
                eventType: user.account.privilege.grant
        ---
        title: Suspicious admin (group)
        detection:
            selection:
                eventType: group.privilege.grant
        """);
    assertThat(rs.detections()).hasSize(2);
    CompiledRule first = rs.detections().get(0);
    CompiledRule second = rs.detections().get(1);
    assertThat(first.info().title()).isEqualTo("Suspicious admin");
    assertThat(second.info().title()).isEqualTo("Suspicious admin (group)");
    assertThat(second.info().level()).hasToString("high");
    assertThat(first.matchesDocument(Sigma.doc("{\"eventType\": \"user.account.privilege.grant\", \"actor\": {\"type\": \"User\"}}"))).isTrue();
    assertThat(first.matchesDocument(Sigma.doc("{\"eventType\": \"user.account.privilege.grant\", \"actor\": {\"type\": \"SystemPrincipal\"}}"))).isFalse();
    assertThat(second.matchesDocument(Sigma.doc("{\"eventType\": \"group.privilege.grant\"}"))).isTrue();
  }

  @Test
  void actionRepeat_repeatsThePreviousRuleWithChanges() {
    RuleSet rs = Sigma.load("""
        title: first
        logsource: {product: okta}
        detection:
            sel: {eventType: a}
            condition: sel
        ---
        action: repeat
        title: second
        detection:
            sel: {eventType: b}
        """);
    assertThat(rs.detections()).extracting(r -> r.info().title()).containsExactly("first", "second");
    assertThat(rs.detections().get(1).matchesDocument(Sigma.doc("{\"eventType\": \"b\"}"))).isTrue();
    assertThat(rs.detections().get(1).info().logsource().product()).isEqualTo("okta");
  }

  @Test
  void actionReset_forgetsTheGlobalKeys() {
    RuleSet rs = Sigma.lint("""
        action: global
        logsource: {product: okta}
        ---
        action: reset
        ---
        title: lonely
        detection: {sel: {a: 1}, condition: sel}
        """);
    assertThat(rs.rejected()).singleElement().satisfies(r -> assertThat(r.reason()).contains("needs a 'logsource'"));
  }

  @Test
  void unknownAction_isAnError() {
    RuleSet rs = Sigma.lint("action: merge\ntitle: t\n");
    assertThat(rs.diagnostics()).anySatisfy(d -> assertThat(d.toString()).isEqualTo(
        "rule.yml:1:9: error: unknown action 'merge' (global, reset or repeat)"));
  }

  @Test
  void deepNesting_isRefusedBeforeComposing() {
    String yaml = "title: t\nx: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
    RuleSet rs = Sigma.lint(yaml);
    assertThat(rs.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("limit");
      assertThat(d.message()).contains("nesting deeper than 64");
    });
  }

  @Test
  void aliasBomb_isRefused() {
    StringBuilder y = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 9; i++) {
      y.append("a").append(i).append(": &a").append(i).append(" [");
      for (int k = 0; k < 10; k++) {
        y.append(k > 0 ? ", " : "").append("*a").append(i - 1);
      }
      y.append("]\n");
    }
    RuleSet rs = Sigma.lint(y.toString());
    assertThat(rs.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("limit");
      assertThat(d.message()).containsAnyOf("aliases expanded", "aliases");
    });
  }

  @Test
  void recursiveAlias_isRefused() {
    RuleSet rs = Sigma.lint("a: &a [1, *a]\n");
    assertThat(rs.diagnostics()).singleElement().satisfies(d -> assertThat(d.toString()).startsWith("rule.yml:1:11: error: YAML exceeds a safety limit: alias *a refers to a collection that contains it"));
  }

  @Test
  void hugeFile_isRefused() {
    RuleSet rs = Sigma.lint("title: '" + "x".repeat(YamlReader.MAX_CHARS) + "'\n");
    assertThat(rs.diagnostics()).singleElement().satisfies(d -> assertThat(d.message()).contains("larger than"));
  }

  @Test
  void byteOrderMark_isSkipped() {
    RuleSet rs = SigmaLoader.builder().build().loadText("bom.yml", "\uFEFFtitle: t\nlogsource: {product: okta}\ndetection: {s: {a: 1}, condition: s}\n");
    assertThat(rs.rejected()).isEmpty();
  }

  @Test
  void yamlTags_doNotInstantiateAnything() {
    RuleSet rs = Sigma.lint("title: !!java.lang.Runtime t\nlogsource: {product: okta}\ndetection: {s: {a: !!binary aGk=}, condition: s}\n");
    assertThat(rs.detections().size() + rs.rejected().size()).isEqualTo(1);
  }
}
