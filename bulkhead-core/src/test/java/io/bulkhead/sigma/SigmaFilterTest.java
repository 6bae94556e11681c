package io.bulkhead.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Meta filters (the filters specification). The specification does not say how a filter joins a
 * rule; Bulkhead does what pySigma does and ANDs the filter's condition to the rule's, so an
 * exclusion is written {@code not selection}.
 */
final class SigmaFilterTest {
  private static final String RULE = """
      title: Login on jump host
      id: df0841c0-9846-4e9f-ad8a-7df91571771b
      name: jump_login
      logsource:
          category: process_creation
          product: windows
      detection:
          selection:
              Image|endswith: '\\\\ssh.exe'
          condition: selection
      """;

  private static boolean fires(RuleSet rs, String user) {
    CompiledRule r = rs.detections().stream().filter(d -> "jump_login".equals(d.info().name())).findFirst().orElseThrow();
    return r.matchesDocument(Sigma.doc("{\"Image\": \"C:\\\\bin\\\\ssh.exe\", \"User\": \"" + user + "\"}"));
  }

  @Test
  void filter_withNotSuppressesTheMatchesItSelects() {
    RuleSet rs = Sigma.load(RULE + """
        ---
        title: Filter Administrator account
        description: The valid administrator account start with adm_
        logsource:
            category: process_creation
            product: windows
        filter:
            rules:
                - df0841c0-9846-4e9f-ad8a-7df91571771b
            selection:
                User|startswith: 'adm_'
            condition: not selection
        """);
    assertThat(rs.filters()).hasSize(1);
    assertThat(fires(rs, "adm_alice")).isFalse();
    assertThat(fires(rs, "mallory")).isTrue();
    assertThat(rs.detections().get(0).filters()).extracting(RuleInfo::title).containsExactly("Filter Administrator account");
  }

  @Test
  void filter_withoutNotKeepsOnlyWhatItSelectsAndSaysSo() {
    // The specification's own example, read the pySigma way: AND.
    RuleSet rs = Sigma.load(RULE + """
        ---
        title: Filter Administrator account
        logsource:
            category: process_creation
            product: windows
        filter:
            rules:
                - jump_login
            selection:
                User|startswith: 'adm_'
            condition: selection
        """);
    assertThat(fires(rs, "adm_alice")).isTrue();
    assertThat(fires(rs, "mallory")).isFalse();
    assertThat(rs.diagnostics()).anySatisfy(d -> {
      assertThat(d.code()).isEqualTo("filter");
      assertThat(d.line()).isEqualTo(21);
      assertThat(d.message()).contains("keeps only events").contains("not selection");
    });
  }

  @Test
  void filters_onOneRuleAreAllApplied() {
    RuleSet rs = Sigma.load(RULE + """
        ---
        title: f1
        logsource: {product: windows}
        filter:
            rules: [jump_login]
            sel:
                User: 'svc_backup'
            condition: not sel
        ---
        title: f2
        logsource: {product: windows}
        filter:
            rules: [jump_login]
            sel:
                User|endswith: '$'
            condition: not sel
        """);
    assertThat(fires(rs, "svc_backup")).isFalse();
    assertThat(fires(rs, "HOST$")).isFalse();
    assertThat(fires(rs, "mallory")).isTrue();
  }

  @Test
  void filter_withRulesAnyAppliesToEveryRuleItsLogsourceCovers() {
    RuleSet rs = Sigma.load(RULE + """
        ---
        title: everyone
        logsource: {product: windows}
        filter:
            rules: any
            sel:
                User: 'scanner'
            condition: not sel
        """);
    assertThat(fires(rs, "scanner")).isFalse();
  }

  @Test
  void filter_withAnotherLogsourceIsNotAppliedAndSaysSo() {
    RuleSet rs = Sigma.load(RULE + """
        ---
        title: okta only
        logsource: {product: okta}
        filter:
            rules: [jump_login]
            sel:
                User: 'mallory'
            condition: not sel
        """);
    assertThat(fires(rs, "mallory")).isTrue();
    assertThat(rs.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("does not cover rule 'jump_login'"));
  }

  @Test
  void filter_namingAnUnknownRuleIsAWarning() {
    RuleSet rs = Sigma.load("""
        title: f
        logsource: {product: windows}
        filter:
            rules: [no-such-rule]
            sel:
                User: x
            condition: not sel
        """);
    assertThat(rs.filters()).hasSize(1);
    assertThat(rs.diagnostics()).anySatisfy(d -> {
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
      assertThat(d.line()).isEqualTo(4);
      assertThat(d.message()).contains("'no-such-rule', which is not loaded");
    });
  }

  @Test
  void filter_withoutRulesIsAnError() {
    RuleSet rs = Sigma.lint("title: f\nlogsource: {product: windows}\nfilter:\n    sel:\n        User: x\n    condition: not sel\n");
    assertThat(rs.rejected()).singleElement().satisfies(r -> assertThat(r.reason()).contains("needs 'rules'"));
  }

  @Test
  void filter_appliesToTheRulesACorrelationUses() {
    RuleSet rs = Sigma.load("""
        title: many failures
        correlation:
            type: event_count
            rules: [failed]
            group-by: [user]
            timespan: 1h
            condition: {gte: 2}
        ---
        title: failed
        name: failed
        logsource: {product: okta}
        detection:
            sel:
                outcome: FAILURE
            condition: sel
        ---
        title: not the scanner
        logsource: {product: okta}
        filter:
            rules: [failed]
            sel:
                user: scanner
            condition: not sel
        """);
    var events = java.util.List.of(
        Sigma.event("okta", "2023-11-14T09:00:00Z", 1, "{\"outcome\": \"FAILURE\", \"user\": \"scanner\"}"),
        Sigma.event("okta", "2023-11-14T09:01:00Z", 2, "{\"outcome\": \"FAILURE\", \"user\": \"scanner\"}"));
    assertThat(Sigma.run(rs, events)).isEmpty();
  }
}
