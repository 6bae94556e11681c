package io.bulkhead.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Keyword searches ("Keywords search" and "Lists" sections): a list of strings is searched across
 * the whole event, OR-ed; {@code '|all':} ANDs them. Bulkhead searches every scalar value and
 * every key of the raw document, as a substring, case-insensitively.
 */
final class SigmaKeywordTest {

  private static CompiledRule rule(String body) {
    return Sigma.detection(body);
  }

  @Test
  void keywords_areOredAndFoundAnywhere() {
    CompiledRule r = rule("""
            mimikatz_keywords:
                - 'event::clear'
                - 'event::drop'
            condition: mimikatz_keywords
        """);
    assertThat(r.matchesDocument(Sigma.doc("{\"a\": {\"b\": [\"x\", \"run EVENT::Drop now\"]}}"))).isTrue();
    assertThat(r.matchesDocument(Sigma.doc("{\"cmd\": \"event::clear\"}"))).isTrue();
    assertThat(r.matchesDocument(Sigma.doc("{\"cmd\": \"event::list\"}"))).isFalse();
  }

  @Test
  void allKeywords_areAnded() {
    CompiledRule r = rule("""
            keywords_cmdlet:
                '|all':
                    - 'OabVirtualDirectory'
                    - ' -ExternalUrl '
            condition: keywords_cmdlet
        """);
    assertThat(r.matchesDocument(Sigma.doc("{\"cmd\": \"Set-OabVirtualDirectory\", \"args\": \"x -ExternalUrl y\"}"))).isTrue();
    assertThat(r.matchesDocument(Sigma.doc("{\"cmd\": \"Set-OabVirtualDirectory\"}"))).isFalse();
  }

  @Test
  void keywords_searchKeysNumbersAndBooleansButNotNulls() {
    CompiledRule r = rule("""
            kw:
                - 'image-policy.k8s.io/break-glass'
            condition: kw
        """);
    assertThat(r.matchesDocument(Sigma.doc("{\"labels\": {\"image-policy.k8s.io/break-glass\": \"true\"}}"))).isTrue();
    CompiledRule n = rule("    kw:\n        - 4625\n    condition: kw\n");
    assertThat(n.matchesDocument(Sigma.doc("{\"id\": 4625}"))).isTrue();
    assertThat(n.matchesDocument(Sigma.doc("{\"id\": null}"))).isFalse();
  }

  @Test
  void keywords_combineWithFieldSelections() {
    CompiledRule r = rule("""
            selection:
                data.protoPayload.methodName: 'io.k8s.core.v1.pods.create'
            keywords:
                - 'image-policy.k8s.io/break-glass'
            condition: selection and keywords
        """);
    String yes = "{\"data\": {\"protoPayload\": {\"methodName\": \"io.k8s.core.v1.pods.create\","
        + " \"request\": {\"metadata\": {\"annotations\": {\"image-policy.k8s.io/break-glass\": \"true\"}}}}}}";
    assertThat(r.matchesDocument(Sigma.doc(yes))).isTrue();
    assertThat(r.matchesDocument(Sigma.doc(yes.replace("break-glass", "normal")))).isFalse();
  }

  @Test
  void singleKeywordString_isOneKeyword() {
    CompiledRule r = rule("    kw: 'evil'\n    condition: kw\n");
    assertThat(r.matchesDocument(Sigma.doc("{\"x\": \"so EVIL\"}"))).isTrue();
  }

  @Test
  void keywordWithWildcards_keepsThem() {
    CompiledRule r = rule("    kw:\n        - 'wget*http'\n    condition: kw\n");
    assertThat(r.matchesDocument(Sigma.doc("{\"x\": \"run wget -q http://x\"}"))).isTrue();
    assertThat(r.matchesDocument(Sigma.doc("{\"x\": \"run http wget\"}"))).isFalse();
  }

  @Test
  void keywords_rejectFieldModifiers() {
    RuleSet rs = Sigma.lint("title: t\nlogsource: {product: test}\ndetection:\n  kw:\n    '|cidr': 10.0.0.0/8\n  condition: kw\n");
    assertThat(rs.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("keyword searches take only string modifiers"));
  }
}
