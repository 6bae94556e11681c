package io.bulkhead.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bulkhead.event.Event;
import io.bulkhead.event.Origin;
import io.bulkhead.event.Outcome;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

final class BitbucketAccessParserTest {
  private static final BitbucketAccessParser PARSER = new BitbucketAccessParser();

  /** Atlassian's documented example lines (KB "How to read the Bitbucket Server log formats"). */
  static final List<AccessLogCase> DOCUMENTED = List.of(
      new AccessLogCase("documented HTTP incoming",
          "172.24.12.153 | https | i@PZQFBCx921x19253x0 | - | 2015-09-09 15:21:08,431 |"
              + " \"GET /status HTTP/1.1\" | \"\" \"\" | - | - | - | - | - | 1irez8i |",
          "2015-09-09T15:21:08.431Z", null, "172.24.12.153", "GET", "/status", null, null, "1irez8i"),
      new AccessLogCase("documented HTTP outgoing",
          "172.24.12.153 | https | o@PZQFBCx921x19253x0 | - | 2015-09-09 15:21:08,437 |"
              + " \"GET /status HTTP/1.1\" | \"\" \"\" | 200 | 0 | 19 | - | 6 | 1irez8i |",
          "2015-09-09T15:21:08.437Z", null, "172.24.12.153", "GET", "/status", 200, 19L, "1irez8i"),
      new AccessLogCase("documented HTTP incoming (i*)",
          "172.24.12.146 | https | i*1Y8NA7Ox764x406x0 | - | 2015-09-10 12:44:32,515 |"
              + " \"GET /status HTTP/1.1\" | \"\" \"\" | - | - | - | - | - | 1hpn738 |",
          "2015-09-10T12:44:32.515Z", null, "172.24.12.146", "GET", "/status", null, null, "1hpn738"),
      new AccessLogCase("documented HTTP outgoing (o*)",
          "172.24.12.146 | https | o*1Y8NA7Ox764x406x0 | - | 2015-09-10 12:44:32,523 |"
              + " \"GET /status HTTP/1.1\" | \"\" \"\" | 200 | 0 | 19 | - | 7 | 1hpn738 |",
          "2015-09-10T12:44:32.523Z", null, "172.24.12.146", "GET", "/status", 200, 19L, "1hpn738"),
      new AccessLogCase("documented SSH outgoing without duration",
          "172.24.36.105 | ssh | o*N65BDNx354x326903x0 | username | 2015-03-02 05:54:25,425 |"
              + " SSH - git-upload-pack '/foo/bar.git' | - | 0 | 123 | 1024 | cache:miss, refs, ssh:id:610,"
              + " ssh:label:'sshek@atlassian.com' | 1cl58rd |",
          "2015-03-02T05:54:25.425Z", "username", "172.24.36.105", null, "/foo/bar.git", null, 1024L,
          "1cl58rd"),
      new AccessLogCase("documented SSH incoming, fewer fields",
          "172.24.36.105 | ssh | i*N65BDNx354x326907x0 | bamboo_user | 2015-03-02 05:54:25,733 |"
              + " SSH - git-upload-pack '/bar/support-tools-base.git' |"
              + " \"SSH-2.0-OpenSSH_7.2p2 Ubuntu-4ubuntu2.1\" | - | - | y3r3kf |",
          "2015-03-02T05:54:25.733Z", "bamboo_user", "172.24.36.105", null,
          "/bar/support-tools-base.git", null, null, "y3r3kf"),
      new AccessLogCase("documented SSH outgoing",
          "172.24.36.105 | ssh | o*N65BDNx354x326907x0 | bamboo_user | 2015-03-02 05:54:25,802 |"
              + " SSH - git-upload-pack '/bar/support-tools-base.git' |"
              + " \"SSH-2.0-OpenSSH_6.6.1p1 Ubuntu-2ubuntu2.3\" | 0 | 101 | 4398 | cache:miss, refs,"
              + " ssh:id:2754, ssh:label:'https://ecosystem-bamboo.internal.atlassian.com' | 69 | y3r3kf |",
          "2015-03-02T05:54:25.802Z", "bamboo_user", "172.24.36.105", null,
          "/bar/support-tools-base.git", null, 4398L, "y3r3kf"));

  static final List<AccessLogCase> OWN = List.of(
      new AccessLogCase("archive download, incoming",
          "203.0.113.50 | https | i@1XQ9Z3Mx958x88213x2 | svc-smartsheet | 2023-11-23 15:58:03,192 |"
              + " \"GET /rest/api/latest/projects/NET/repos/firewall-config/archive?format=zip HTTP/1.1\" |"
              + " \"\" \"python-requests/2.31.0\" | - | - | - | - | - | 1o2kd9x |",
          "2023-11-23T15:58:03.192Z", "svc-smartsheet", "203.0.113.50", "GET",
          "/rest/api/latest/projects/NET/repos/firewall-config/archive?format=zip", null, null, "1o2kd9x"),
      new AccessLogCase("archive download, outgoing",
          "203.0.113.50 | https | o@1XQ9Z3Mx958x88213x2 | svc-smartsheet | 2023-11-23 15:58:12,004 |"
              + " \"GET /rest/api/latest/projects/NET/repos/firewall-config/archive?format=zip HTTP/1.1\" |"
              + " \"\" \"python-requests/2.31.0\" | 200 | 0 | 73400320 | - | 8812 | 1o2kd9x |",
          "2023-11-23T15:58:12.004Z", "svc-smartsheet", "203.0.113.50", "GET",
          "/rest/api/latest/projects/NET/repos/firewall-config/archive?format=zip", 200, 73400320L,
          "1o2kd9x"),
      new AccessLogCase("HTTP clone with labels, no session",
          "10.0.8.14 | https | o@1XQ9Z3Mx958x88300x2 | jdoe | 2023-11-23 16:01:00,120 |"
              + " \"POST /scm/net/firewall-config.git/git-upload-pack HTTP/1.1\" | \"\" \"git/2.42.0\" | 200 |"
              + " 412 | 5242880 | clone, protocol:2 | 1503 | - |",
          "2023-11-23T16:01:00.120Z", "jdoe", "10.0.8.14", "POST",
          "/scm/net/firewall-config.git/git-upload-pack", 200, 5242880L, null),
      new AccessLogCase("SSH clone",
          "198.51.100.23 | ssh | o*1XQ9Z3Mx960x88410x1 | svc-smartsheet | 2023-11-23 16:05:44,900 |"
              + " SSH - git-upload-pack '/net/firewall-config.git' | \"SSH-2.0-OpenSSH_9.3\" | 0 | 212 |"
              + " 8388608 | cache:miss, ssh:id:4021, ssh:label:'svc-smartsheet-deploy' | 2210 | 9zq1kd |",
          "2023-11-23T16:05:44.900Z", "svc-smartsheet", "198.51.100.23", null,
          "/net/firewall-config.git", null, 8388608L, "9zq1kd"),
      new AccessLogCase("pipe inside user agent, forwarded chain, denied",
          "198.51.100.7,10.0.0.5 | https | o@1XQA0000x961x88500x3 | - | 2023-11-23 16:06:01,002 |"
              + " \"GET /rest/api/1.0/projects/HR/repos/payroll/browse?at=refs%2Fheads%2Fmain HTTP/1.1\" |"
              + " \"https://bb.example.com/\" \"Mozilla/5.0 (evil | agent)\" | 401 | 0 | 132 | - | 3 | - |",
          "2023-11-23T16:06:01.002Z", null, "198.51.100.7", "GET",
          "/rest/api/1.0/projects/HR/repos/payroll/browse?at=refs%2Fheads%2Fmain", 401, 132L, null),
      new AccessLogCase("cut before the final pipe",
          "10.0.0.9 | https | o@Z1x1x1 | admin | 2023-11-23 16:07:00,000 | \"GET /status HTTP/1.1\" |"
              + " \"\" \"\" | 200 | 0 | 19 | - | 6 | s1",
          "2023-11-23T16:07:00Z", "admin", "10.0.0.9", "GET", "/status", 200, 19L, "s1"));

  static Stream<AccessLogCase> lines() {
    return Stream.concat(DOCUMENTED.stream(), OWN.stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void parse_line_givesExactFields(AccessLogCase c) throws BadRecord {
    c.check(PARSER, AccessLogCase.UTC);
  }

  @Test
  void parse_zoneLessTime_isReadInTheContextZone() throws BadRecord {
    AccessLogCase c = DOCUMENTED.get(1);
    AccessLogCase sydney = new AccessLogCase("sydney", c.line(), "2015-09-09T05:21:08.437Z", null,
        "172.24.12.153", "GET", "/status", 200, 19L, "1irez8i");

    sydney.check(PARSER, AccessLogCase.zone("Australia/Sydney"));
  }

  @Test
  void parse_archiveOutgoing_keepsEveryFieldUnderW3cNames() throws BadRecord {
    Event e = OWN.get(1).check(PARSER, AccessLogCase.UTC);

    assertThat(e.raw().toString()).isEqualTo("{\"c-ip\":\"203.0.113.50\",\"x-protocol\":\"https\","
        + "\"x-request-id\":\"o@1XQ9Z3Mx958x88213x2\",\"x-direction\":\"outgoing\","
        + "\"cs-username\":\"svc-smartsheet\",\"date\":\"2023-11-23 15:58:12,004\","
        + "\"x-action\":\"\\\"GET /rest/api/latest/projects/NET/repos/firewall-config/archive?format=zip"
        + " HTTP/1.1\\\"\",\"cs-method\":\"GET\","
        + "\"cs-uri-stem\":\"/rest/api/latest/projects/NET/repos/firewall-config/archive\","
        + "\"cs-uri-query\":\"format=zip\","
        + "\"cs-uri\":\"/rest/api/latest/projects/NET/repos/firewall-config/archive?format=zip\","
        + "\"cs-version\":\"HTTP/1.1\",\"cs-user-agent\":\"python-requests/2.31.0\",\"sc-status\":200,"
        + "\"cs-bytes\":0,\"sc-bytes\":73400320,\"time-taken\":8812,\"x-session-id\":\"1o2kd9x\"}");
    assertThat(e.action()).isEqualTo("GET");
    assertThat(e.outcome()).isEqualTo(Outcome.SUCCESS);
  }

  @Test
  void parse_sshOutgoing_isTheGitCommandWithItsLabels() throws BadRecord {
    Event e = DOCUMENTED.get(4).check(PARSER, AccessLogCase.UTC);

    assertThat(e.raw().toString()).isEqualTo("{\"c-ip\":\"172.24.36.105\",\"x-protocol\":\"ssh\","
        + "\"x-request-id\":\"o*N65BDNx354x326903x0\",\"x-direction\":\"outgoing\","
        + "\"cs-username\":\"username\",\"date\":\"2015-03-02 05:54:25,425\","
        + "\"x-action\":\"SSH - git-upload-pack '/foo/bar.git'\",\"cs-uri-stem\":\"/foo/bar.git\","
        + "\"cs-uri\":\"/foo/bar.git\",\"sc-status\":0,\"cs-bytes\":123,\"sc-bytes\":1024,"
        + "\"x-labels\":[\"cache:miss\",\"refs\",\"ssh:id:610\",\"ssh:label:'sshek@atlassian.com'\"],"
        + "\"x-session-id\":\"1cl58rd\"}");
    assertThat(e.action()).isEqualTo("SSH git-upload-pack");
    assertThat(e.outcome()).isEqualTo(Outcome.SUCCESS);
  }

  @Test
  void parse_sshWithDuration_keepsDurationAndClientVersion() throws BadRecord {
    Event e = OWN.get(3).check(PARSER, AccessLogCase.UTC);

    assertThat(e.raw().get("time-taken").asLong()).isEqualTo(2210);
    assertThat(e.client().userAgent()).isEqualTo("SSH-2.0-OpenSSH_9.3");
    assertThat(e.raw().get("x-labels")).hasSize(3);
  }

  @Test
  void parse_incoming_hasUnknownOutcome() throws BadRecord {
    Event e = OWN.get(0).check(PARSER, AccessLogCase.UTC);

    assertThat(e.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(e.raw().get("x-direction").asText()).isEqualTo("incoming");
  }

  @Test
  void parse_pipeInsideQuotes_doesNotSplit() throws BadRecord {
    Event e = OWN.get(4).check(PARSER, AccessLogCase.UTC);

    assertThat(e.client().userAgent()).isEqualTo("Mozilla/5.0 (evil | agent)");
    assertThat(e.raw().get("cs-referer").asText()).isEqualTo("https://bb.example.com/");
    assertThat(e.raw().get("x-forwarded-for").asText()).isEqualTo("198.51.100.7,10.0.0.5");
    assertThat(e.outcome()).isEqualTo(Outcome.FAILURE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', textBlock = """
      1.2.3.4 | https | o@X | -       ; expected at least 6 '|'-separated fields (IP | protocol | request id | user | time | action), found 4
      1.2.3.4 | https | o@X | - | 23/Nov/2023 | "GET / HTTP/1.1" | ; unreadable time '23/Nov/2023' in field 5 (time) at column 29
      1.2.3.4 | https | o@X | - | 2023-11-23 16:07:00,000 | "GET / HTTP/1.1" | "" "" | OK | 0 | 1 | - | 6 | s | ; expected sc-status (a number or '-') in field 8 at column 82, found 'OK'
      """)
  void parse_lineThatDoesNotFit_saysWhy(String line, String reason) {
    assertThatThrownBy(() -> PARSER.parse(line, new Origin("f", 1, 0), AccessLogCase.UTC))
        .isInstanceOf(BadRecord.class)
        .hasMessage(reason);
  }
}
