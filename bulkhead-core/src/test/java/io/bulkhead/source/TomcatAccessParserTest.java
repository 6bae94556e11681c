package io.bulkhead.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bulkhead.event.Event;
import io.bulkhead.event.Outcome;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class TomcatAccessParserTest {
  private static final TomcatAccessParser JIRA = new TomcatAccessParser(LogFormat.JIRA_ACCESS, null);
  private static final TomcatAccessParser CONFLUENCE =
      new TomcatAccessParser(LogFormat.CONFLUENCE_ACCESS, null);

  static Stream<AccessLogCase> jiraLines() {
    return Stream.of(
        // Atlassian's documented example: an older pattern without the IP column.
        new AccessLogCase("documented example without IP",
            "1243466536012x12x1 admin [28/May/2009:09:22:17 +1000] \"GET /jira/secure/admin/jira/"
                + "ViewApplicationProperties.jspa HTTP/1.1\" 200 24267 1070 \"\" \"Mozilla/5.0 (Windows; U;"
                + " Windows NT 5.1; en-US; rv:1.9.0.10) Gecko/2009042316 Firefox/3.0.10\""
                + " \"C2C99B632EE0F41E90F8EF7A201F6A78\"",
            "2009-05-27T23:22:17Z", "admin", null, "GET",
            "/jira/secure/admin/jira/ViewApplicationProperties.jspa", 200, 24267L,
            "C2C99B632EE0F41E90F8EF7A201F6A78"),
        new AccessLogCase("browse issue",
            "10.20.30.40 958x1234x2 jsmith [23/Nov/2023:15:58:00 +1100] \"GET /browse/NET-1234 HTTP/1.1\""
                + " 200 38211 412 \"https://jira.example.com/secure/Dashboard.jspa\" \"Mozilla/5.0 (X11;"
                + " Linux x86_64; rv:119.0) Gecko/20100101 Firefox/119.0\" \"1u3zpcl\"",
            "2023-11-23T04:58:00Z", "jsmith", "10.20.30.40", "GET", "/browse/NET-1234", 200, 38211L,
            "1u3zpcl"),
        new AccessLogCase("REST issue with query",
            "198.51.100.23 959x1240x3 svc-smartsheet [23/Nov/2023:15:59:07 +1100] \"GET"
                + " /rest/api/2/issue/NET-1234?fields=summary,description,comment HTTP/1.1\" 200 9120 88"
                + " \"-\" \"python-requests/2.31.0\" \"-\"",
            "2023-11-23T04:59:07Z", "svc-smartsheet", "198.51.100.23", "GET",
            "/rest/api/2/issue/NET-1234?fields=summary,description,comment", 200, 9120L, null),
        new AccessLogCase("JQL search",
            "198.51.100.23 960x1262x3 svc-smartsheet [23/Nov/2023:16:00:12 +1100] \"GET"
                + " /rest/api/2/search?jql=project%20%3D%20NET%20ORDER%20BY%20key&startAt=0&maxResults=1000"
                + " HTTP/1.1\" 200 1048576 2317 \"-\" \"python-requests/2.31.0\" \"-\"",
            "2023-11-23T05:00:12Z", "svc-smartsheet", "198.51.100.23", "GET",
            "/rest/api/2/search?jql=project%20%3D%20NET%20ORDER%20BY%20key&startAt=0&maxResults=1000",
            200, 1048576L, null),
        new AccessLogCase("anonymous denied",
            "203.0.113.9 961x1300x4 - [23/Nov/2023:16:01:45 +1100] \"GET /browse/HR-7 HTTP/1.1\" 401 97 15"
                + " \"\" \"curl/8.4.0\" \"-\"",
            "2023-11-23T05:01:45Z", null, "203.0.113.9", "GET", "/browse/HR-7", 401, 97L, null),
        new AccessLogCase("IPv6, escaped quote, negative offset, bytes '-'",
            "2001:db8::17 420x88x1 a.nother [01/Mar/2024:07:00:00 -0500] \"POST"
                + " /secure/QueryComponent!Default.jspa HTTP/2.0\" 302 - 51"
                + " \"https://jira.example.com/issues/?jql=text%20~%20%22password%22\""
                + " \"Mozilla/5.0 \\\"quoted\\\" agent\" \"8K2LZ1X\"",
            "2024-03-01T12:00:00Z", "a.nother", "2001:db8::17", "POST",
            "/secure/QueryComponent!Default.jspa", 302, null, "8K2LZ1X"));
  }

  static Stream<AccessLogCase> confluenceLines() {
    return Stream.of(
        new AccessLogCase("documented example",
            "[18/Dec/2020:12:57:26 +1100] testuser http-nio-8090-exec-6 0:0:0:0:0:0:0:1 GET /index.action"
                + " HTTP/1.1 200 1020ms 7881 http://localhost:8090/login.action?os_destination=%2Findex.action"
                + " Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " Chrome/87.0.4280.88 Safari/537.36",
            "2020-12-18T01:57:26Z", "testuser", "0:0:0:0:0:0:0:1", "GET", "/index.action", 200, 7881L,
            null),
        new AccessLogCase("viewpage",
            "[23/Nov/2023:15:58:31 +0000] svc-smartsheet http-nio-8090-exec-12 10.0.4.21 GET"
                + " /pages/viewpage.action?pageId=40960123 HTTP/1.1 200 187ms 48213 - python-requests/2.31.0",
            "2023-11-23T15:58:31Z", "svc-smartsheet", "10.0.4.21", "GET",
            "/pages/viewpage.action?pageId=40960123", 200, 48213L, null),
        new AccessLogCase("dosearchsite",
            "[23/Nov/2023:15:59:02 +0000] svc-smartsheet http-nio-8090-exec-3 10.0.4.21 GET"
                + " /dosearchsite.action?cql=siteSearch+~+%22vpn%22&queryString=vpn HTTP/1.1 200 642ms 90211"
                + " https://wiki.example.com/dashboard.action Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
                + " AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36",
            "2023-11-23T15:59:02Z", "svc-smartsheet", "10.0.4.21", "GET",
            "/dosearchsite.action?cql=siteSearch+~+%22vpn%22&queryString=vpn", 200, 90211L, null),
        new AccessLogCase("REST content search with bodies",
            "[23/Nov/2023:16:02:44 +0000] svc-smartsheet http-nio-8090-exec-9 10.0.4.21 GET"
                + " /rest/api/content/search?cql=type=page&expand=body.storage&limit=200 HTTP/1.1 200 3512ms"
                + " 2097152 - python-requests/2.31.0",
            "2023-11-23T16:02:44Z", "svc-smartsheet", "10.0.4.21", "GET",
            "/rest/api/content/search?cql=type=page&expand=body.storage&limit=200", 200, 2097152L, null),
        new AccessLogCase("anonymous denied, no user agent",
            "[23/Nov/2023:16:03:10 +0000] - http-nio-8090-exec-1 192.0.2.44 GET"
                + " /pages/viewpage.action?pageId=40960124 HTTP/1.1 403 12ms 2211 - -",
            "2023-11-23T16:03:10Z", null, "192.0.2.44", "GET", "/pages/viewpage.action?pageId=40960124",
            403, 2211L, null),
        new AccessLogCase("request '-' and bytes '-'",
            "[23/Nov/2023:16:03:11 +0000] - http-nio-8090-exec-2 192.0.2.44 - 400 0ms - - -",
            "2023-11-23T16:03:11Z", null, "192.0.2.44", null, null, 400, null, null));
  }

  @ParameterizedTest(name = "jira: {0}")
  @MethodSource("jiraLines")
  void parse_jiraLine_givesExactFields(AccessLogCase c) throws BadRecord {
    c.check(JIRA, AccessLogCase.UTC);
  }

  @ParameterizedTest(name = "confluence: {0}")
  @MethodSource("confluenceLines")
  void parse_confluenceLine_givesExactFields(AccessLogCase c) throws BadRecord {
    c.check(CONFLUENCE, AccessLogCase.UTC);
  }

  @Test
  void parse_jiraLine_keepsEveryFieldUnderW3cNames() throws BadRecord {
    Event e = jiraLines().skip(1).findFirst().orElseThrow().check(JIRA, AccessLogCase.UTC);

    assertThat(e.raw().toString()).isEqualTo("{\"c-ip\":\"10.20.30.40\",\"x-request-id\":\"958x1234x2\","
        + "\"cs-username\":\"jsmith\",\"date\":\"23/Nov/2023:15:58:00 +1100\",\"cs-method\":\"GET\","
        + "\"cs-uri-stem\":\"/browse/NET-1234\",\"cs-uri\":\"/browse/NET-1234\",\"cs-version\":\"HTTP/1.1\","
        + "\"sc-status\":200,\"sc-bytes\":38211,\"time-taken\":412,"
        + "\"cs-referer\":\"https://jira.example.com/secure/Dashboard.jspa\","
        + "\"cs-user-agent\":\"Mozilla/5.0 (X11; Linux x86_64; rv:119.0) Gecko/20100101 Firefox/119.0\","
        + "\"x-session-id\":\"1u3zpcl\"}");
    assertThat(e.action()).isEqualTo("GET");
    assertThat(e.outcome()).isEqualTo(Outcome.SUCCESS);
    assertThat(e.client().userAgent()).startsWith("Mozilla/5.0 (X11;");
  }

  @Test
  void parse_jiraQuery_splitsStemAndQuery() throws BadRecord {
    Event e = jiraLines().skip(2).findFirst().orElseThrow().check(JIRA, AccessLogCase.UTC);

    assertThat(e.raw().get("cs-uri-stem").asText()).isEqualTo("/rest/api/2/issue/NET-1234");
    assertThat(e.raw().get("cs-uri-query").asText()).isEqualTo("fields=summary,description,comment");
    assertThat(e.raw().has("cs-referer")).isFalse();
    assertThat(e.raw().has("x-session-id")).isFalse();
  }

  @Test
  void parse_jiraDenied_isFailure() throws BadRecord {
    Event e = jiraLines().skip(4).findFirst().orElseThrow().check(JIRA, AccessLogCase.UTC);

    assertThat(e.outcome()).isEqualTo(Outcome.FAILURE);
    assertThat(e.actor()).isNull();
  }

  @Test
  void parse_confluenceLine_keepsEveryFieldUnderW3cNames() throws BadRecord {
    Event e = confluenceLines().findFirst().orElseThrow().check(CONFLUENCE, AccessLogCase.UTC);

    assertThat(e.raw().toString()).isEqualTo("{\"date\":\"18/Dec/2020:12:57:26 +1100\","
        + "\"cs-username\":\"testuser\",\"x-thread\":\"http-nio-8090-exec-6\",\"c-ip\":\"0:0:0:0:0:0:0:1\","
        + "\"cs-method\":\"GET\",\"cs-uri-stem\":\"/index.action\",\"cs-uri\":\"/index.action\","
        + "\"cs-version\":\"HTTP/1.1\",\"sc-status\":200,\"time-taken\":1020,\"sc-bytes\":7881,"
        + "\"cs-referer\":\"http://localhost:8090/login.action?os_destination=%2Findex.action\","
        + "\"cs-user-agent\":\"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36"
        + " (KHTML, like Gecko) Chrome/87.0.4280.88 Safari/537.36\"}");
  }

  @Test
  void parse_jiraOlderLineWithConfiguredPatternWithoutIp_hasNoFallback() {
    String pattern = TomcatAccessParser.JIRA_PATTERN.substring(3);
    TomcatAccessParser p = new TomcatAccessParser(LogFormat.JIRA_ACCESS, pattern);
    String withIp = jiraLines().skip(1).findFirst().orElseThrow().line();

    assertThatThrownBy(() -> p.parse(withIp, new io.bulkhead.event.Origin("f", 1, 0), AccessLogCase.UTC))
        .isInstanceOf(BadRecord.class);
  }

  @Test
  void parse_jiraLineThatFitsNeitherPattern_givesTheConfiguredPatternsReason() {
    String line = "10.20.30.40 958x1234x2 jsmith [23/Nov/2023:15:58:00 +1100] \"GET /a HTTP/1.1\" OK 1 2 \"\" \"\" \"\"";

    assertThatThrownBy(() -> JIRA.parse(line, new io.bulkhead.event.Origin("f", 1, 0), AccessLogCase.UTC))
        .isInstanceOf(BadRecord.class)
        .hasMessage("expected %s (a number) at column 78, found 'OK'");
  }

  @Test
  void parse_confluenceKbPatternWithForwardedFor_readsTheList() throws BadRecord {
    TomcatAccessParser p = new TomcatAccessParser(LogFormat.CONFLUENCE_ACCESS,
        "%t %{X-Forwarded-For}i %{X-AUSERNAME}o %I %h %r %s %Dms %b %{Referer}i %{User-Agent}i");
    AccessLogCase c = new AccessLogCase("kb variant",
        "[23/Nov/2023:15:58:31 +0000] 198.51.100.7, 10.0.0.5 svc http-nio-8090-exec-1 10.0.0.5 GET /x"
            + " HTTP/1.1 200 5ms 10 - curl/8.4.0",
        "2023-11-23T15:58:31Z", "svc", "10.0.0.5", "GET", "/x", 200, 10L, null);

    Event e = c.check(p, AccessLogCase.UTC);

    assertThat(e.raw().get("x-forwarded-for").asText()).isEqualTo("198.51.100.7, 10.0.0.5");
  }

  @Test
  void parse_patternWithZoneLessTime_readsItInTheContextZone() throws BadRecord {
    TomcatAccessParser p = new TomcatAccessParser(LogFormat.JIRA_ACCESS,
        "%a [%{yyyy-MM-dd HH:mm:ss.SSS}t] %u \"%r\" %s %b");
    AccessLogCase c = new AccessLogCase("zone-less time",
        "10.1.1.1 [2023-11-23 15:58:00.250] jsmith \"GET /browse/NET-1 HTTP/1.1\" 200 17",
        "2023-11-23T14:58:00.250Z", "jsmith", "10.1.1.1", "GET", "/browse/NET-1", 200, 17L, null);

    c.check(p, AccessLogCase.zone("Europe/Berlin"));
  }

  @Test
  void new_formatThatIsNotTomcat_isRejected() {
    assertThatThrownBy(() -> new TomcatAccessParser(LogFormat.WEB_ACCESS, "%h %s"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("web-access is not a Tomcat access log");
  }

  @Test
  void new_unsupportedPattern_isRejectedWithColumn() {
    assertThatThrownBy(() -> new TomcatAccessParser(LogFormat.CONFLUENCE_ACCESS, "%t %X"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unsupported directive '%X' at column 4 of the Tomcat pattern");
  }

  @Test
  void defaultPattern_perProduct_isTheDocumentedOne() {
    assertThat(TomcatAccessParser.defaultPattern(LogFormat.JIRA_ACCESS)).isEqualTo(
        "%a %{jira.request.id}r %{jira.request.username}r %t \"%m %U%q %H\" %s %b %D \"%{Referer}i\""
            + " \"%{User-Agent}i\" \"%{jira.request.assession.id}r\"");
    assertThat(TomcatAccessParser.defaultPattern(LogFormat.CONFLUENCE_ACCESS))
        .isEqualTo("%t %{X-AUSERNAME}o %I %h %r %s %Dms %b %{Referer}i %{User-Agent}i");
  }
}
