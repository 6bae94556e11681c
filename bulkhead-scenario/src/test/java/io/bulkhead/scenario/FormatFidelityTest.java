package io.bulkhead.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bulkhead.source.LogFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every generated file is read by Bulkhead's reader without a reject and recognised as the format
 * its place in the layout says; JSON records carry the vendors' own field sets (checked against
 * the real-format samples) and time forms; text lines follow the products' default patterns.
 */
final class FormatFidelityTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Where each format lives in the layout. */
  private static final Map<String, LogFormat> LAYOUT = Map.ofEntries(
      Map.entry("logs/okta/", LogFormat.OKTA), Map.entry("logs/jira/audit/", LogFormat.ATLASSIAN_AUDIT),
      Map.entry("logs/confluence/audit/", LogFormat.ATLASSIAN_AUDIT), Map.entry("logs/bitbucket/audit/", LogFormat.ATLASSIAN_AUDIT),
      Map.entry("logs/jira/access_log.", LogFormat.JIRA_ACCESS), Map.entry("logs/confluence/conf_access_log", LogFormat.CONFLUENCE_ACCESS),
      Map.entry("logs/bitbucket/atlassian-bitbucket-access-", LogFormat.BITBUCKET_ACCESS),
      Map.entry("logs/cloudflare/access_requests/", LogFormat.CLOUDFLARE_ACCESS_REQUESTS),
      Map.entry("logs/cloudflare/http_requests/", LogFormat.CLOUDFLARE_HTTP_REQUESTS),
      Map.entry("logs/cloudflare/gateway_http/", LogFormat.CLOUDFLARE_GATEWAY_HTTP),
      Map.entry("logs/cloudflare/gateway_network/", LogFormat.CLOUDFLARE_GATEWAY_NETWORK),
      Map.entry("logs/cloudflare/audit_logs/", LogFormat.CLOUDFLARE_AUDIT),
      Map.entry("logs/cloudflare/firewall_events/", LogFormat.CLOUDFLARE_FIREWALL),
      Map.entry("logs/cloudtrail/AWSLogs/", LogFormat.CLOUDTRAIL), Map.entry("logs/github/", LogFormat.GITHUB_AUDIT));

  @Test
  void everyFile_isReadWithoutRejects() {
    Fixture f = Fixture.attack();
    assertThat(f.rejects).isEmpty();
    assertThat(f.events).isEqualTo(f.summary.totalEvents());
    assertThat(f.formats).hasSizeGreaterThan(1_000);
  }

  @Test
  void everyFile_isRecognisedAsTheFormatOfItsPlace() {
    Fixture f = Fixture.attack();
    f.formats.forEach((file, format) -> {
      LogFormat expected = LAYOUT.entrySet().stream().filter(e -> file.startsWith(e.getKey())).map(Map.Entry::getValue)
          .findFirst().orElseThrow(() -> new AssertionError("unexpected file " + file));
      assertThat(format).as(file).isEqualTo(expected);
    });
    assertThat(Set.copyOf(f.formats.values())).containsAll(LAYOUT.values());
  }

  @Test
  void eventsPerSource_matchTheSummary() {
    Fixture f = Fixture.attack();
    assertThat(f.summary.events().keySet()).containsExactlyInAnyOrder(LAYOUT.values().stream().distinct()
        .map(LogFormat::wireName).toArray(String[]::new));
  }

  /** Formats whose samples are complete records: generated records have exactly the sample's keys. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "okta, okta/test-okta-system-events.log, ''",
    "cloudflare-access-requests, cloudflare/test-pipeline-access-request.log, ''",
    "cloudflare-gateway-http, cloudflare/test-pipeline-gateway-http.log, ''",
    "cloudflare-gateway-network, cloudflare/test-pipeline-gateway-network.log, ''",
    "cloudflare-audit, cloudflare/test-pipeline-audit.log, ''",
    "cloudflare-firewall, cloudflare/panther_cloudflare_firewall.jsonl, ''",
    "cloudflare-http-requests, cloudflare/panther_cloudflare_httprequest.jsonl, ClientRequestScheme ZoneName RequestHeaders",
  })
  void jsonRecords_haveTheVendorSampleKeys(String format, String sample, String extras) throws IOException {
    Set<String> expected = keys(Fixture.samples().resolve(sample));
    if (!extras.isBlank()) {
      expected.addAll(List.of(extras.split(" ")));
    }
    Set<List<String>> seen = keySetsOf(format);
    assertThat(seen).isNotEmpty();
    for (List<String> k : seen) {
      assertThat(new TreeSet<>(k)).as(format).isEqualTo(new TreeSet<>(expected));
    }
  }

  @Test
  void httpRequestFields_areAllRealLogpushFields() throws IOException {
    Set<String> all = keys(Fixture.samples().resolve("cloudflare/test-pipeline-http-request.log"));
    all.add("RequestHeaders"); // a Logpush custom field: the request headers the job was told to log
    for (List<String> k : keySetsOf("cloudflare-http-requests")) {
      assertThat(all).containsAll(k);
    }
  }

  @Test
  void atlassianAuditRecords_haveTheDataCenterFileKeys() throws IOException {
    Set<String> jira = keys(Fixture.samples().resolve("jira/test-audit-files.log"));
    Set<String> bitbucket = keys(Fixture.samples().resolve("bitbucket/test-audit-files.log"));
    Fixture f = Fixture.attack();
    f.keySets.forEach((kind, sets) -> {
      if (kind.startsWith("atlassian-audit ")) {
        for (List<String> k : sets) {
          assertThat(new TreeSet<>(k)).as(kind).isIn(new TreeSet<>(jira), new TreeSet<>(bitbucket));
        }
      }
    });
  }

  /** CloudTrail and GitHub samples are trimmed rule-test events: every generated field must exist in them. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"cloudtrail, cloudtrail/panther_aws_cloudtrail.jsonl", "github-audit, github/panther_github_audit.jsonl"})
  void trimmedSampleFormats_useOnlyVendorFields(String format, String sample) throws IOException {
    Set<String> vendor = keys(Fixture.samples().resolve(sample));
    if (format.equals("github-audit")) {
      vendor.addAll(keys(Fixture.samples().resolve("github/test-api-request-events.log")));
    }
    Set<List<String>> seen = keySetsOf(format);
    assertThat(seen).isNotEmpty();
    for (List<String> k : seen) {
      assertThat(vendor).as(format).containsAll(k);
    }
  }

  @Test
  void githubApiRequests_matchTheCompleteSampleExactly() throws IOException {
    Set<String> sample = keys(Fixture.samples().resolve("github/test-api-request-events.log"), "api.request");
    for (List<String> k : Fixture.attack().keySets.get("github-audit api.request")) {
      assertThat(new TreeSet<>(k)).isEqualTo(new TreeSet<>(sample));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "okta, '\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\"'",
    "cloudtrail, '\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\"'",
    "atlassian-audit, '\\{\"epochSecond\":1[67]\\d{8},\"nano\":\\d{1,9}\\}'",
    "github-audit, '1[67]\\d{11}'",
    "cloudflare-http-requests, '1[67]\\d{17}'",
    "cloudflare-access-requests, '\"2023-11-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\"'",
    "cloudflare-gateway-http, '\"2023-11-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\"'",
    "cloudflare-gateway-network, '\"2023-11-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\"'",
    "cloudflare-audit, '\"2023-11-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\"'",
    "cloudflare-firewall, '\"2023-11-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\"'",
  })
  void timestamps_areInTheVendorsOwnForm(String format, String regex) {
    Set<String> values = Fixture.attack().times.get(format);
    assertThat(values).as(format).isNotEmpty();
    Pattern p = Pattern.compile(regex);
    assertThat(values).allSatisfy(v -> assertThat(p.matcher(v).matches()).as(format + " " + v).isTrue());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "logs/jira/access_log.2023-11-16, '\\S+ \\d+x\\d+x\\d+ \\S+ \\[16/Nov/2023:\\d\\d:\\d\\d:\\d\\d \\+0000\\] \"[A-Z]+ \\S+ HTTP/1.1\" \\d{3} (\\d+|-) \\d+ \"[^\"]*\" \"[^\"]+\" \"[^\"]+\"'",
    "logs/confluence/conf_access_log2023-11-16.log, '\\[1[56]/Nov/2023:\\d\\d:\\d\\d:\\d\\d \\+0000\\] \\S+ http-nio-8090-exec-\\d+ \\S+ [A-Z]+ \\S+ HTTP/1.1 \\d{3} \\d+ms (\\d+|-) \\S+ .+'",
    "logs/bitbucket/atlassian-bitbucket-access-2023-11-23.0.log, '\\S+ \\| (https|ssh) \\| [io][@*]\\w+x\\d+x\\d+x\\d+ \\| \\S+ \\| 2023-11-23 \\d\\d:\\d\\d:\\d\\d,\\d{3} \\| .+ \\|'",
  })
  void textLines_followTheProductsDefaultPatterns(String file, String regex) throws IOException {
    Pattern p = Pattern.compile(regex);
    try (BufferedReader r = Files.newBufferedReader(Fixture.attack().dir.resolve(file), StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        assertThat(p.matcher(line).matches()).as(line).isTrue();
        n++;
      }
      assertThat(n).isPositive();
    }
  }

  @Test
  void layout_isTheExportsOwn() throws IOException {
    Path logs = Fixture.attack().dir.resolve("logs");
    try (Stream<Path> s = Files.walk(logs)) {
      List<String> names = s.filter(Files::isRegularFile).map(p -> logs.relativize(p).toString().replace('\\', '/')).toList();
      assertThat(names).allSatisfy(n -> assertThat(n).matches(
          "okta/system-log-2023-11-\\d\\d\\.json"
              + "|jira/access_log\\.2023-11-\\d\\d|confluence/conf_access_log2023-11-\\d\\d\\.log"
              + "|bitbucket/atlassian-bitbucket-access-2023-11-\\d\\d\\.\\d+\\.log"
              + "|(jira|confluence|bitbucket)/audit/202311\\d\\d-\\d{5}\\.audit\\.log"
              + "|cloudflare/(access_requests|http_requests|gateway_http|gateway_network|audit_logs|firewall_events)/"
              + "202311\\d\\d/202311\\d\\dT\\d{6}Z_2023(11|12)\\d\\dT\\d{6}Z_[0-9a-f]{8}\\.log\\.gz"
              + "|cloudtrail/AWSLogs/\\d{12}/CloudTrail/[a-z]{2}-[a-z]+-\\d/2023/11/\\d\\d/\\d{12}_CloudTrail_[a-z]{2}-[a-z]+-\\d_"
              + "202311\\d\\dT\\d{4}Z_[0-9A-Za-z]{16}\\.json\\.gz"
              + "|github/org-audit-log-2023-11-\\d\\d\\.json"));
    }
  }

  private static Set<List<String>> keySetsOf(String format) {
    Set<List<String>> all = new HashSet<>();
    Fixture.attack().keySets.forEach((kind, sets) -> {
      if (kind.startsWith(format + " ")) {
        all.addAll(sets);
      }
    });
    return all;
  }

  /** The union of top-level keys of a sample's records (optionally only those of one action). */
  static Set<String> keys(Path sample, String... action) throws IOException {
    Set<String> keys = new TreeSet<>();
    for (String line : Files.readAllLines(sample, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = JSON.readTree(line);
      if (action.length > 0 && !action[0].equals(n.path("action").asText())) {
        continue;
      }
      for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
        keys.add(it.next());
      }
    }
    return keys;
  }
}
