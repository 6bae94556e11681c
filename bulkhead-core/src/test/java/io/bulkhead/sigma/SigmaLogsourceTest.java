package io.bulkhead.sigma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bulkhead.sigma.model.Logsource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The routing table (logsources.yml): which readers a rule runs on, with which field mappings. */
final class SigmaLogsourceTest {

  @ParameterizedTest(name = "{0}/{1}/{2} -> {3}")
  @CsvSource(delimiter = ';', nullValues = "-", value = {
    "-         ; okta      ; okta           ; okta",
    "-         ; okta      ; -              ; okta",
    "-         ; aws       ; cloudtrail     ; cloudtrail",
    "-         ; aws       ; s3             ; ''",
    "-         ; github    ; audit          ; github-audit",
    "-         ; bitbucket ; audit          ; atlassian-audit",
    "-         ; jira      ; audit          ; atlassian-audit",
    "-         ; jira      ; access         ; jira-access",
    "webserver ; -         ; -              ; web-access jira-access confluence-access bitbucket-access",
    "webserver ; apache    ; -              ; web-access jira-access confluence-access bitbucket-access",
    "-         ; cloudflare; http_requests  ; cloudflare-http-requests",
    "-         ; azure     ; signinlogs     ; json",
    "-         ; gcp       ; gcp.audit      ; json",
    "-         ; m365      ; exchange       ; json",
    "process_creation ; windows ; -         ; ''",
  })
  void routes_sendEachLogsourceToItsReaders(String category, String product, String service, String formats) {
    List<String> want = formats.isBlank() ? List.of() : List.of(formats.split(" "));
    assertThat(Logsources.builtIn().formats(new Logsource(category, product, service))).isEqualTo(want);
  }

  @Test
  void unreadLogsource_loadsWithAWarningAndRunsNowhere() {
    RuleSet rs = Sigma.lint("title: t\nlogsource: {category: process_creation, product: windows}\ndetection: {s: {Image: x}, condition: s}\n");
    assertThat(rs.detections()).singleElement().satisfies(r -> {
      assertThat(r.routed()).isFalse();
      assertThat(r.runsOn("okta")).isFalse();
    });
    assertThat(rs.diagnostics()).singleElement().satisfies(d -> assertThat(d.toString())
        .isEqualTo("rule.yml:2:1: warning: Bulkhead reads no log for logsource category=process_creation product=windows;"
            + " the rule loads but cannot match"));
  }

  @Test
  void emptyLogsource_runsOnEveryFormat() {
    RuleSet rs = Sigma.load("title: t\nlogsource: {}\ndetection: {s: {x: 1}, condition: s}\n");
    assertThat(rs.detections().get(0).runsOn("cloudtrail")).isTrue();
    assertThat(rs.detections().get(0).runsOn("web-access")).isTrue();
  }

  @Test
  void webserverRules_runOnEveryAccessLog() {
    RuleSet rs = Sigma.load("title: t\nlogsource: {category: webserver}\ndetection:\n  s:\n    c-uri|contains: '/archive?format=zip'\n"
        + "    c-useragent|startswith: 'curl/'\n  condition: s\n");
    CompiledRule r = rs.detections().get(0);
    String raw = "{\"c-ip\": \"193.142.58.126\", \"cs-method\": \"GET\", \"cs-uri-stem\": \"/rest/api/latest/projects/INFRA/repos/x/archive\","
        + " \"cs-uri-query\": \"format=zip\", \"cs-uri\": \"/rest/api/latest/projects/INFRA/repos/x/archive?format=zip\","
        + " \"sc-status\": 200, \"cs-user-agent\": \"curl/7.68.0\"}";
    for (String f : List.of("web-access", "jira-access", "confluence-access", "bitbucket-access")) {
      assertThat(r.matches(Sigma.event(f, "2023-11-23T10:02:13Z", 1, raw))).as(f).isTrue();
    }
    assertThat(r.matches(Sigma.event("okta", "2023-11-23T10:02:13Z", 1, raw))).isFalse();
  }

  @Test
  void precondition_keepsProductRulesToTheirProductsRecords() {
    RuleSet rs = Sigma.load("title: b\nlogsource: {product: bitbucket, service: audit}\ndetection: {s: {auditType.action: User created}, condition: s}\n"
        + "---\ntitle: j\nlogsource: {product: jira, service: audit}\ndetection: {s: {auditType.action: User created}, condition: s}\n"
        + "---\ntitle: a\nlogsource: {product: atlassian, service: audit}\ndetection: {s: {auditType.action: User created}, condition: s}\n");
    String jira = "{\"auditType\": {\"action\": \"User created\", \"actionI18nKey\": \"jira.auditing.user.created\"},"
        + " \"system\": \"https://jira.example.com\", \"timestamp\": {\"epochSecond\": 1700145397}}";
    var e = Sigma.event("atlassian-audit", "2023-11-16T14:36:37Z", 1, jira);
    assertThat(rs.detections()).extracting(r -> r.info().title() + "=" + r.matches(e)).containsExactly("b=false", "j=true", "a=true");
  }

  @Test
  void otherTaxonomies_useTheirFieldMappings() {
    RuleSet rs = Sigma.load("title: t\ntaxonomy: ecs\nlogsource: {product: okta}\ndetection:\n  s:\n    event.action: user.session.start\n"
        + "    source.ip|cidr: 193.142.58.0/24\n  condition: s\n");
    var e = Sigma.event("okta", "2023-11-14T09:22:49Z", 1,
        "{\"eventType\": \"user.session.start\", \"client\": {\"ipAddress\": \"193.142.58.126\"}}");
    assertThat(rs.detections().get(0).matches(e)).isTrue();
    assertThat(rs.detections().get(0).condition().toString()).contains("event.action");
  }

  @Test
  void unknownTaxonomy_warnsAndReadsFieldsAsWritten() {
    RuleSet rs = Sigma.lint("title: t\ntaxonomy: ocsf\nlogsource: {product: okta}\ndetection: {s: {eventType: x}, condition: s}\n");
    assertThat(rs.rejected()).isEmpty();
    assertThat(rs.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("no field mapping for taxonomy 'ocsf'"));
  }

  @Test
  void customRoutes_areData() {
    Logsources ls = Logsources.parse("routes.yml", """
        routes:
          - logsource: {product: acme}
            formats: [json]
            fields: [acme]
        """, name -> "fields:\n  user: [actor.login, user.name]\n");
    RuleSet rs = SigmaLoader.builder().logsources(ls).build().loadText("r.yml",
        "title: t\nlogsource: {product: acme}\ndetection: {s: {user: bob}, condition: s}\n");
    assertThat(rs.detections().get(0).matches(Sigma.event("json", null, 1, "{\"user\": {\"name\": \"bob\"}}"))).isTrue();
    assertThat(rs.detections().get(0).matches(Sigma.event("json", null, 1, "{\"actor\": {\"login\": \"BOB\"}}"))).isTrue();
    assertThatThrownBy(() -> Logsources.parse("bad.yml", "routes:\n  - logsource: {product: x}\n", n -> ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs 'formats'");
  }

  @Test
  void builtInTable_isValidAndCoversSigmaHqProducts() {
    Map<String, String> expected = Map.of("okta", "okta", "aws", "cloudtrail", "github", "github-audit", "bitbucket", "atlassian-audit",
        "azure", "json", "gcp", "json", "m365", "json");
    for (CompiledRule r : SigmaHq.rules().detections()) {
      assertThat(r.formats()).contains(expected.get(r.info().logsource().product()));
    }
  }
}
