package io.bulkhead.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The example logs the README's first command reads: each recognised as its format, none rejected. */
final class ExampleLogsTest {

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of("atlassian/atlassian-bitbucket-access.log", LogFormat.BITBUCKET_ACCESS, 3),
        Arguments.of("atlassian/conf_access_log.2023-11-16.log", LogFormat.CONFLUENCE_ACCESS, 2),
        Arguments.of("atlassian/confluence-audit-rest.json", LogFormat.ATLASSIAN_AUDIT, 1),
        Arguments.of("atlassian/jira-access_log.2023-11-16", LogFormat.JIRA_ACCESS, 3),
        Arguments.of("atlassian/jira-audit-2023-11.log", LogFormat.ATLASSIAN_AUDIT, 3),
        Arguments.of("cloudflare/access_requests-20231115.log", LogFormat.CLOUDFLARE_ACCESS_REQUESTS, 2),
        Arguments.of("cloudflare/audit_logs-20231123.log", LogFormat.CLOUDFLARE_AUDIT, 1),
        Arguments.of("cloudflare/firewall_events-20231124.log", LogFormat.CLOUDFLARE_FIREWALL, 1),
        Arguments.of("cloudflare/gateway_network-20231122.log", LogFormat.CLOUDFLARE_GATEWAY_NETWORK, 1),
        Arguments.of("cloudflare/http_requests-20231116.log", LogFormat.CLOUDFLARE_HTTP_REQUESTS, 4),
        Arguments.of("cloudtrail/111122223333_CloudTrail_us-east-1_20231114T0945Z_Zc1x.json.gz", LogFormat.CLOUDTRAIL, 2),
        Arguments.of("github/audit-log-stream.json", LogFormat.GITHUB_AUDIT, 2),
        Arguments.of("okta/event-hook-2023-11-16.json", LogFormat.OKTA, 1),
        Arguments.of("okta/system-log-2023-11-14.json", LogFormat.OKTA, 3),
        Arguments.of("web/nginx-access.log", LogFormat.WEB_ACCESS, 2));
  }

  @ParameterizedTest(name = "{0} reads as {1}")
  @MethodSource("examples")
  void example_readsAsItsFormat(String file, LogFormat format, int events) {
    Path root = Path.of(System.getProperty("bulkhead.root"), "examples", "logs");
    Collected c = Collected.read(root.resolve(file).toString());
    assertThat(c.rejects).isEmpty();
    assertThat(c.onlyFormat()).isEqualTo(format);
    assertThat(c.events).hasSize(events);
  }
}
