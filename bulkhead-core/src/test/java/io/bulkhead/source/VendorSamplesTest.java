package io.bulkhead.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulkhead.event.Event;
import io.bulkhead.event.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every vendor-native sample in {@code shared/data/vendor-samples} is recognised as its format and
 * read without a reject; a few events per source are checked field by field.
 */
final class VendorSamplesTest {
  private static final List<String> PLACEHOLDERS = List.of(
      "unreadable time 'redacted'", "unreadable time '...'", "unreadable time '2024-12-17 00:00:00000000'");

  static Stream<Arguments> samples() {
    return Stream.of(
        Arguments.of("atlassian_cloud/panther_atlassian_org_audit.jsonl", LogFormat.ATLASSIAN_AUDIT, 2),
        Arguments.of("bitbucket/test-audit-api.log", LogFormat.ATLASSIAN_AUDIT, 9),
        Arguments.of("bitbucket/test-audit-files.log", LogFormat.ATLASSIAN_AUDIT, 5),
        Arguments.of("confluence/test-audit-api.log", LogFormat.ATLASSIAN_AUDIT, 10),
        Arguments.of("confluence/test-audit-cloud.log", LogFormat.ATLASSIAN_AUDIT, 12),
        Arguments.of("confluence/test-audit-files.log", LogFormat.ATLASSIAN_AUDIT, 17),
        Arguments.of("jira/test-audit-api.log", LogFormat.ATLASSIAN_AUDIT, 4),
        Arguments.of("jira/test-audit-cloud.log", LogFormat.ATLASSIAN_AUDIT, 23),
        Arguments.of("jira/test-audit-files.log", LogFormat.ATLASSIAN_AUDIT, 13),
        Arguments.of("cloudflare/panther_cloudflare_firewall.jsonl", LogFormat.CLOUDFLARE_FIREWALL, 6),
        Arguments.of("cloudflare/panther_cloudflare_httprequest.jsonl", LogFormat.CLOUDFLARE_HTTP_REQUESTS, 3),
        Arguments.of("cloudflare/test-pipeline-access-request.log", LogFormat.CLOUDFLARE_ACCESS_REQUESTS, 3),
        Arguments.of("cloudflare/test-pipeline-audit.log", LogFormat.CLOUDFLARE_AUDIT, 3),
        Arguments.of("cloudflare/test-pipeline-gateway-http.log", LogFormat.CLOUDFLARE_GATEWAY_HTTP, 3),
        Arguments.of("cloudflare/test-pipeline-gateway-network.log", LogFormat.CLOUDFLARE_GATEWAY_NETWORK, 1),
        Arguments.of("cloudflare/test-pipeline-http-request.log", LogFormat.CLOUDFLARE_HTTP_REQUESTS, 2),
        Arguments.of("cloudtrail/panther_aws_cloudtrail.jsonl", LogFormat.CLOUDTRAIL, 465),
        Arguments.of("github/panther_github_audit.jsonl", LogFormat.GITHUB_AUDIT, 75),
        Arguments.of("github/test-api-request-events.log", LogFormat.GITHUB_AUDIT, 2),
        Arguments.of("okta/panther_okta_systemlog.jsonl", LogFormat.OKTA, 52),
        Arguments.of("okta/test-okta-system-events.log", LogFormat.OKTA, 3),
        Arguments.of("web_access/test-access-basic.log", LogFormat.WEB_ACCESS, 17),
        Arguments.of("web_access/test-access.log", LogFormat.WEB_ACCESS, 14));
  }

  @ParameterizedTest(name = "{0} reads as {1}")
  @MethodSource("samples")
  void sample_readsAsItsFormatWithoutRejects(String file, LogFormat format, int records) throws IOException {
    Path p = Collected.samples().resolve(file);
    Collected c = Collected.read(p.toString());

    assertThat(c.onlyFormat()).isEqualTo(format);
    // Panther's rule-test events sometimes hold a placeholder where a time should be ("redacted",
    // "...", a date with a mangled fraction): no vendor writes these, so they are fair rejects.
    List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
    for (Reject r : c.rejects) {
      assertThat(file).as(r.toString()).startsWith(file.substring(0, file.indexOf('/') + 1) + "panther_");
      String placeholder = PLACEHOLDERS.stream().filter(r.reason()::contains).findFirst().orElse(null);
      assertThat(placeholder).as(r.toString()).isNotNull();
      String value = placeholder.substring(placeholder.indexOf('\'') + 1, placeholder.length() - 1);
      assertThat(lines.get((int) r.line() - 1)).contains("\"" + value + "\"");
    }
    assertThat(c.events.size() + c.rejects.size()).isEqualTo(records);
  }

  static Stream<Arguments> fields() {
    return Stream.of(
        // file, line, record, time, action, outcome, actor name, client ip
        Arguments.of("okta/test-okta-system-events.log", 1, 0, "2020-02-14T22:18:51.843Z",
            "user.session.end", Outcome.SUCCESS, "username@elastic.co", "175.16.199.1"),
        Arguments.of("cloudtrail/panther_aws_cloudtrail.jsonl", 1, 0, "2019-01-01T00:00:00Z",
            "UpdateFunctionConfiguration20150331v2", Outcome.SUCCESS, "john.developer", "203.0.113.50"),
        Arguments.of("confluence/test-audit-files.log", 2, 0, "2021-11-22T23:42:45.791Z",
            "audit.logging.summary.plugin.enabled", Outcome.SUCCESS, "Anonymous", "81.2.69.143"),
        Arguments.of("jira/test-audit-api.log", 1, 0, "2025-02-25T08:03:35.815Z",
            "issuenav.jqlsearch.performed", Outcome.SUCCESS, "max.mustermann", "127.0.0.1"),
        Arguments.of("jira/test-audit-cloud.log", 1, 0, "2022-01-24T08:48:05.645Z",
            "Project deleted", Outcome.SUCCESS, null, null),
        Arguments.of("confluence/test-audit-cloud.log", 1, 0, "2022-01-25T07:51:51.962Z",
            "Space logo uploaded", Outcome.SUCCESS, "df856b17d84fcf010f11fcfcc6be4267", "81.2.69.143"),
        Arguments.of("bitbucket/test-audit-files.log", 1, 0, "2021-11-27T17:34:25.313Z",
            "bitbucket.service.user.audit.action.groupmembershipscreated.user", Outcome.SUCCESS, "Anonymous", "10.100.100.2"),
        // The same Cloudflare event in RFC 3339 with a +09:30 offset, unix seconds and unix nanoseconds.
        Arguments.of("cloudflare/test-pipeline-access-request.log", 1, 0, "2023-05-23T17:18:33Z",
            "login", Outcome.SUCCESS, "user@example.com", "67.43.156.93"),
        Arguments.of("cloudflare/test-pipeline-access-request.log", 2, 0, "2023-05-23T17:18:33Z",
            "login", Outcome.SUCCESS, "user@example.com", "67.43.156.93"),
        Arguments.of("cloudflare/test-pipeline-audit.log", 2, 0, "2021-11-30T20:19:48Z",
            "token_create", Outcome.SUCCESS, "user@example.com", "81.2.69.142"),
        Arguments.of("cloudflare/test-pipeline-gateway-network.log", 1, 0, "2023-05-03T20:55:05Z",
            "forward", Outcome.SUCCESS, "user@test.com", "1.128.0.1"),
        Arguments.of("cloudflare/test-pipeline-http-request.log", 1, 0, "2022-05-25T13:25:26Z",
            "POST", Outcome.SUCCESS, null, "175.16.199.0"),
        Arguments.of("cloudflare/panther_cloudflare_firewall.jsonl", 2, 0, "2022-05-10T06:36:57Z",
            "block", Outcome.FAILURE, null, "127.0.0.1"),
        Arguments.of("github/test-api-request-events.log", 1, 0, "2025-03-10T12:57:45.102Z",
            "api.request", Outcome.SUCCESS, "user_actor", null),
        Arguments.of("atlassian_cloud/panther_atlassian_org_audit.jsonl", 1, 0, "2022-12-15T00:35:15.890Z",
            "user_logged_in_as_user", Outcome.SUCCESS, "example.admin@example.com", null),
        Arguments.of("web_access/test-access-basic.log", 13, 0, "2000-10-10T20:55:36Z",
            "GET", Outcome.SUCCESS, "frank", "127.0.0.1"));
  }

  @ParameterizedTest(name = "{0}:{1}")
  @MethodSource("fields")
  void event_hasExactNormalisedFields(String file, int line, int record, String time, String action,
      Outcome outcome, String actor, String ip) {
    Collected c = Collected.read(Collected.samples().resolve(file).toString());
    Event e = c.events.stream()
        .filter(x -> x.source().line() == line && x.source().record() == record)
        .findFirst().orElseThrow();

    assertThat(e.time()).isEqualTo(Instant.parse(time));
    assertThat(e.action()).isEqualTo(action);
    assertThat(e.outcome()).isEqualTo(outcome);
    assertThat(e.actor() == null ? null : e.actor().name()).isEqualTo(actor);
    assertThat(e.client() == null ? null : e.client().ip()).isEqualTo(ip);
  }
}
