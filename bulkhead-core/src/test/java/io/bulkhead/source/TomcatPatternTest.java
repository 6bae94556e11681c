package io.bulkhead.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class TomcatPatternTest {

  private static ObjectNode raw(String pattern, String line) throws BadRecord {
    return TomcatPattern.compile(pattern).parse(line, ZoneOffset.UTC).raw();
  }

  private static String reason(String pattern, String line) {
    try {
      TomcatPattern.compile(pattern).parse(line, ZoneOffset.UTC);
    } catch (BadRecord e) {
      return e.getMessage();
    }
    throw new AssertionError("line parsed: " + line);
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(delimiter = '|', textBlock = """
      %h %X %s                     | unsupported directive '%X' at column 4 of the Tomcat pattern
      %h %{Referer}z               | unsupported directive '%{Referer}z' at column 4 of the Tomcat pattern
      %h %{}i                      | unsupported directive '%{}i' at column 4 of the Tomcat pattern
      '  %h %L'                    | unsupported directive '%L' at column 6 of the Tomcat pattern
      %h %{Referer                 | unclosed '%{' at column 4 of the Tomcat pattern
      %h %                         | directive without a letter at column 4 of the Tomcat pattern
      %h%l                         | directive '%l' at column 3 directly follows '%h' at column 1: nothing in the line would separate them
      ''                           | empty Tomcat access log pattern
      """)
  void compile_badPattern_namesTheColumn(String pattern, String message) {
    assertThatThrownBy(() -> TomcatPattern.compile(pattern))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void compile_badTimeFormat_namesTheColumn() {
    assertThatThrownBy(() -> TomcatPattern.compile("%h [%{yyyy{}t]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unsupported time format 'yyyy{' in '%{yyyy{}t' at column 5");
  }

  @Test
  void compile_everySupportedDirective_compiles() {
    TomcatPattern p = TomcatPattern.compile("%a %A %b %B %h %H %l %m %p %q %r %s %S %t %u %U %v %D %T"
        + " %F %I %{X}i %{X}o %{x}r %{c}c %{s}s %{sec}t");

    assertThat(p.elements()).hasSize(27 * 2 - 1);
  }

  @Test
  void parse_quotedFields_readToTheClosingUnescapedQuote() throws BadRecord {
    ObjectNode r = raw("%h \"%{User-Agent}i\" \"%{Referer}i\" %s",
        "10.0.0.1 \"Mo \\\"zil\\\" la\" \"http://x/?a=\\\"1\\\" b\" 200");

    assertThat(r.get("cs-user-agent").asText()).isEqualTo("Mo \\\"zil\\\" la");
    assertThat(r.get("cs-referer").asText()).isEqualTo("http://x/?a=\\\"1\\\" b");
    assertThat(r.get("sc-status").asInt()).isEqualTo(200);
  }

  @Test
  void parse_whitespaceRuns_matchOneSpaceOfThePattern() throws BadRecord {
    ObjectNode r = raw("%h %u %s %b", "  10.0.0.1 \t  bob   404\t- \r");

    assertThat(r.toString()).isEqualTo("{\"c-ip\":\"10.0.0.1\",\"cs-username\":\"bob\",\"sc-status\":404}");
  }

  @Test
  void parse_unquotedLastField_readsTheRestOfTheLine() throws BadRecord {
    ObjectNode r = raw("%s %{User-Agent}i", "200 Mozilla/5.0 (X11; Linux) \"odd\" agent  ");

    assertThat(r.get("cs-user-agent").asText()).isEqualTo("Mozilla/5.0 (X11; Linux) \"odd\" agent");
  }

  @Test
  void parse_unquotedRequest_readsMethodUriProtocol() throws BadRecord {
    ObjectNode r = raw("%r %s", "GET /a?b=c HTTP/1.1 200");

    assertThat(r.toString()).isEqualTo("{\"cs-method\":\"GET\",\"cs-uri-stem\":\"/a\",\"cs-uri-query\":\"b=c\","
        + "\"cs-uri\":\"/a?b=c\",\"cs-version\":\"HTTP/1.1\",\"sc-status\":200}");
  }

  @Test
  void parse_unquotedRequestDash_isALoneToken() throws BadRecord {
    assertThat(raw("%r %s", "- 400").toString()).isEqualTo("{\"sc-status\":400}");
  }

  @Test
  void parse_quotedRequestThatIsNotARequest_isKeptVerbatim() throws BadRecord {
    ObjectNode r = raw("\"%r\" %s", "\"\\x16\\x03\\x01\" 400");

    assertThat(r.toString()).isEqualTo("{\"x-request-line\":\"\\\\x16\\\\x03\\\\x01\",\"sc-status\":400}");
  }

  @Test
  void parse_pathThenQuery_splitsAtTheQuestionMark() throws BadRecord {
    ObjectNode r = raw("%m %U%q %s", "GET /rest/api/2/search?jql=a%3Db 200");

    assertThat(r.get("cs-uri-stem").asText()).isEqualTo("/rest/api/2/search");
    assertThat(r.get("cs-uri-query").asText()).isEqualTo("jql=a%3Db");
    assertThat(r.get("cs-uri").asText()).isEqualTo("/rest/api/2/search?jql=a%3Db");
  }

  @Test
  void parse_pathAndQueryApart_joinsTheUri() throws BadRecord {
    ObjectNode r = raw("%U %q %s", "/a ?x=1 200");

    assertThat(r.get("cs-uri").asText()).isEqualTo("/a?x=1");
  }

  @Test
  void parse_fieldBeforeLiteral_stopsAtTheLiteral() throws BadRecord {
    ObjectNode r = raw("%Dms/%b [%I]", "1020ms/77 [exec-1]");

    assertThat(r.toString()).isEqualTo("{\"time-taken\":1020,\"sc-bytes\":77,\"x-thread\":\"exec-1\"}");
  }

  @Test
  void parse_secondsWithFraction_storesMilliseconds() throws BadRecord {
    assertThat(raw("%T %s", "1.25 200").get("time-taken").asLong()).isEqualTo(1250);
    assertThat(raw("%T %s", "3 200").get("time-taken").asLong()).isEqualTo(3000);
  }

  @Test
  void parse_namedFields_getW3cNames() throws BadRecord {
    ObjectNode r = raw("%{X-Trace}i %{Content-Type}o %{foo.bar}r %{JSESSIONID}c %{role}s %v %A %p %S %l",
        "t1 text/html baz c1 admin jira.example.com 10.0.0.9 8080 ABC -");

    assertThat(r.toString()).isEqualTo("{\"cs(X-Trace)\":\"t1\",\"sc(Content-Type)\":\"text/html\","
        + "\"x-foo.bar\":\"baz\",\"x-cookie-JSESSIONID\":\"c1\",\"x-session-role\":\"admin\","
        + "\"cs-host\":\"jira.example.com\",\"s-ip\":\"10.0.0.9\",\"s-port\":8080,\"x-session-id\":\"ABC\"}");
  }

  @Test
  void parse_remoteHostBesideRemoteIp_keepsTheIpAsClient() throws BadRecord {
    ObjectNode r = raw("%a %h %s", "10.0.0.1 proxy.example.com 200");

    assertThat(r.get("c-ip").asText()).isEqualTo("10.0.0.1");
    assertThat(r.get("x-remote-host").asText()).isEqualTo("proxy.example.com");
  }

  @Test
  void parse_epochMillis_isTheTime() throws BadRecord {
    TomcatPattern.Line l = TomcatPattern.compile("%{msec}t %s").parse("1700755080250 200", ZoneOffset.UTC);

    assertThat(l.time()).isEqualTo(Instant.parse("2023-11-23T15:58:00.250Z"));
    assertThat(l.raw().get("date").asText()).isEqualTo("1700755080250");
  }

  @Test
  void parse_formattedTimeWithOffset_ignoresTheContextZone() throws BadRecord {
    TomcatPattern.Line l = TomcatPattern.compile("%{yyyy-MM-dd'T'HH:mm:ss Z}t %s")
        .parse("2023-11-23T15:58:00 +0100 200", ZoneId.of("Asia/Tokyo"));

    assertThat(l.time()).isEqualTo(Instant.parse("2023-11-23T14:58:00Z"));
  }

  @Test
  void parse_combinedAlias_readsACombinedLine() throws BadRecord {
    TomcatPattern.Line l = TomcatPattern.compile("combined").parse(
        "1.2.3.4 - bob [10/Oct/2000:13:55:36 -0700] \"GET /x HTTP/1.0\" 200 2326 \"-\" \"curl/8\"",
        ZoneOffset.UTC);

    assertThat(l.time()).isEqualTo(Instant.parse("2000-10-10T20:55:36Z"));
    assertThat(l.raw().get("cs-username").asText()).isEqualTo("bob");
    assertThat(l.raw().get("cs-user-agent").asText()).isEqualTo("curl/8");
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      %h %s         | 10.0.0.1 abc                 | expected %s (a number) at column 10, found 'abc'
      %h %s         | 10.0.0.1                     | expected %s at column 9, found end of line
      %h %s %b      | 10.0.0.1 200 5 extra         | expected end of line (pattern '%h %s %b' fully read) at column 16, found 'extra'
      %t %s         | 10/Oct/2000:13:55:36 200     | expected '[' opening %t at column 1, found '10/Oct/2000:13:55:36'
      %t %s         | [10/Oct/2000:13:55:36 200    | no closing ']' for %t opened at column 1
      %t %s         | [99/Oct/2000:13:55:36 +0000] 200 | unreadable time '99/Oct/2000:13:55:36 +0000' for %t at column 1
      %h "%r" %s    | 10.0.0.1 "GET / HTTP/1.1 200 | no closing '"' for %r opened at column 10
      %h "%r" %s    | 10.0.0.1 GET 200             | expected '"' opening %r at column 10, found 'GET'
      %h "%m %U %H" %s | 10.0.0.1 "GET" 200        | expected %U at column 14, found the closing '"'
      %Dms %s       | 12s 200                      | expected %D (a number) at column 1, found '12s'
      %h - %s       | 10.0.0.1 x 200               | expected '-' at column 10, found 'x'
      %T %s         | 1.x 200                      | expected %T (seconds) at column 1, found '1.x'
      """)
  void parse_lineThatDoesNotFit_saysWhatWasExpectedWhere(String pattern, String line, String message) {
    assertThat(reason(pattern, line)).isEqualTo(message);
  }
}
