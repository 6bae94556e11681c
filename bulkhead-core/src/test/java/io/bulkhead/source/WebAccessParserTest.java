package io.bulkhead.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bulkhead.event.Event;
import io.bulkhead.event.Origin;
import io.bulkhead.event.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every line of the two vendor web access samples, field by field. */
final class WebAccessParserTest {
  private static final WebAccessParser PARSER = new WebAccessParser();

  private static final String MP4 = "/A%20Beka%20G1%20Howe/029_AND_30/15%20reading%20elephants.mp4";

  /** file, line, time, user, client IP, method, URL, status, bytes; {@code ~} is absent. */
  private static final String EXPECTED = """
      test-access-basic.log | 1  | 2016-12-26T14:16:29Z | ~     | ::1               | GET | /favicon.ico | 404 | 209
      test-access-basic.log | 2  | 2016-12-26T16:22:13Z | ~     | 192.168.33.1      | GET | /hello       | 404 | 499
      test-access-basic.log | 3  | 2016-12-26T14:16:48Z | ~     | ::1               | ~   | ~            | 408 | ~
      test-access-basic.log | 4  | 2017-05-29T19:02:48Z | ~     | 172.17.0.1        | GET | /stringpatch | 404 | 612
      test-access-basic.log | 5  | 2017-05-29T19:02:48Z | ~     | monitoring-server | GET | /status      | 200 | 612
      test-access-basic.log | 6  | 2019-02-02T04:38:45Z | ~     | 127.0.0.1         | ~   | ~            | 408 | 152
      test-access-basic.log | 7  | 2017-05-29T19:02:48Z | ~     | monitoring-server | GET | MP4          | 200 | 612
      test-access-basic.log | 8  | 2017-05-29T19:02:48Z | ~     | 89.160.20.112     | GET | MP4          | 200 | 612
      test-access-basic.log | 9  | 2017-05-29T19:02:48Z | ~     | 2a02:cf40:add:4002:91f2:a9b2:e09a:6fc6 | GET | MP4 | 200 | 612
      test-access-basic.log | 10 | 2022-05-17T21:41:43Z | ~     | monitoring-server | GET | /            | 200 | 45
      test-access-basic.log | 11 | 2017-05-29T19:02:48Z | ~     | 2a02:cf40:add:4002:91f2:a9b2:e09a:6fc6 | GET | MP4 | 200 | 612
      test-access-basic.log | 12 | 2022-05-17T21:41:43Z | ~     | monitoring-server | GET | /            | 200 | 45
      test-access-basic.log | 13 | 2000-10-10T20:55:36Z | frank | 127.0.0.1         | GET | /apache_pb.gif | 200 | 2326
      test-access-basic.log | 14 | 2023-11-13T10:44:01Z | ~     | 127.0.0.1         | ~   | ~            | 400 | 3386
      test-access-basic.log | 15 | 2023-11-13T10:44:31Z | ~     | 127.0.0.1         | ~   | ~            | 400 | 483
      test-access-basic.log | 16 | 2024-06-14T06:50:12Z | ~     | 127.0.0.1         | ~   | ~            | 400 | 226
      test-access-basic.log | 17 | 2024-05-22T05:21:14Z | ~     | 127.0.0.1         | ~   | ~            | 400 | 226
      test-access.log       | 1  | 2016-10-25T12:49:33Z | ~     | 67.43.156.13      | GET | /            | 200 | 612
      test-access.log       | 2  | 2016-10-25T12:49:34Z | ~     | 67.43.156.13      | GET | /favicon.ico | 404 | 571
      test-access.log       | 3  | 2016-10-25T12:50:44Z | ~     | 67.43.156.13      | GET | /adsasd      | 404 | 571
      test-access.log       | 4  | 2016-12-07T09:34:43Z | ~     | 67.43.156.13      | GET | /            | 200 | 612
      test-access.log       | 5  | 2016-12-07T09:34:43Z | ~     | 67.43.156.13      | GET | /favicon.ico | 404 | 571
      test-access.log       | 6  | 2016-12-07T09:43:18Z | ~     | 67.43.156.13      | GET | /test        | 404 | 571
      test-access.log       | 7  | 2016-12-07T09:43:21Z | ~     | 67.43.156.13      | GET | /test        | 404 | 571
      test-access.log       | 8  | 2016-12-07T09:43:23Z | ~     | 67.43.156.13      | GET | /test1       | 404 | 571
      test-access.log       | 9  | 2016-12-07T10:04:37Z | ~     | 127.0.0.1         | GET | /test1       | 404 | 571
      test-access.log       | 10 | 2016-12-07T10:04:58Z | ~     | 127.0.0.1         | GET | /            | 304 | 0
      test-access.log       | 11 | 2016-12-07T10:04:59Z | ~     | 127.0.0.1         | GET | /            | 304 | 0
      test-access.log       | 12 | 2016-12-07T10:05:07Z | ~     | 127.0.0.1         | GET | /taga        | 404 | 169
      test-access.log       | 13 | 2020-06-09T19:10:39Z | ~     | 192.168.0.1       | GET | MP4          | 206 | 7648063
      test-access.log       | 14 | 2020-06-09T19:15:39Z | ~     | 192.168.0.1       | GET | /%D0%A0%D1%83%D1%81%D1%81%D0%BA%D0%B0%D1%8F%20%D1%88%D0%BA%D0%BE%D0%BB%D0%B0%20-%20InternetUrok%201%D0%BA%D0%BB%D0%B0%D1%81%D1%81/ | 206 | 7648063
      """;

  static Path samples() {
    String shared = System.getProperty("bulkhead.shared");
    assertThat(shared).as("system property bulkhead.shared (set by surefire)").isNotNull();
    Path dir = Path.of(shared, "data", "vendor-samples", "web_access");
    assertThat(dir).as("vendor web_access samples").isDirectory();
    return dir;
  }

  static List<String> lines(String file) throws IOException {
    return Files.readAllLines(samples().resolve(file), StandardCharsets.UTF_8);
  }

  static Stream<AccessLogCase> sampleLines() throws IOException {
    List<AccessLogCase> cases = new ArrayList<>();
    for (String row : EXPECTED.strip().split("\n")) {
      String[] f = row.split("\\|");
      for (int i = 0; i < f.length; i++) {
        f[i] = f[i].strip();
        f[i] = f[i].equals("~") ? null : f[i].equals("MP4") ? MP4 : f[i];
      }
      int n = Integer.parseInt(f[1]);
      cases.add(new AccessLogCase(f[0] + ":" + n, lines(f[0]).get(n - 1), f[2], f[3], f[4], f[5], f[6],
          Integer.valueOf(f[7]), f[8] == null ? null : Long.valueOf(f[8]), null));
    }
    return cases.stream();
  }

  @Test
  void expectations_coverEveryLineOfBothSamples() throws IOException {
    assertThat(lines("test-access-basic.log")).hasSize(17);
    assertThat(lines("test-access.log")).hasSize(14);
    assertThat(sampleLines()).hasSize(17 + 14);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sampleLines")
  void parse_sampleLine_givesExactFields(AccessLogCase c) throws BadRecord {
    Event e = c.check(PARSER, AccessLogCase.UTC);

    assertThat(e.action()).isEqualTo(c.method());
    assertThat(e.outcome()).isEqualTo(c.status() < 400 ? Outcome.SUCCESS : Outcome.FAILURE);
  }

  @ParameterizedTest(name = "{0}:{1} {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      test-access-basic.log | 2  | cs-user-agent   | Mozilla/5.0 (Macintosh; Intel Mac OS X 10.12; rv:50.0) Gecko/20100101 Firefox/50.0
      test-access-basic.log | 4  | x-forwarded-for |
      test-access-basic.log | 7  | x-forwarded-for |
      test-access-basic.log | 8  | x-forwarded-for | 10.0.0.2,10.0.0.1
      test-access-basic.log | 9  | x-forwarded-for | 10.225.192.17, 10.2.2.121
      test-access-basic.log | 10 | x-forwarded-for | 192.168.0.2
      test-access-basic.log | 11 | x-duration      | 3413
      test-access-basic.log | 11 | cs-referer      |
      test-access-basic.log | 13 | x-ident         | user-identity
      test-access-basic.log | 13 | cs-version      | HTTP/1.0
      test-access-basic.log | 14 | x-request-line  | <SCRIPT>NXSSTEST</SCRIPT> / HTTP/1.1
      test-access-basic.log | 14 | cs-host         |
      test-access-basic.log | 15 | cs-host         | 127.0.1.1:80
      test-access-basic.log | 15 | x-request-line  | \\x16\\x03\\x03\\x01\\x8f\\x01
      test-access-basic.log | 16 | cs-version      | HTTP/1.0
      test-access-basic.log | 16 | x-request-line  |
      test-access-basic.log | 17 | x-request-line  | \\n
      test-access-basic.log | 17 | x-duration      | 98
      test-access.log       | 2  | cs-referer      | http://localhost:8080/
      test-access.log       | 13 | cs-host         | lessons.example.com
      test-access.log       | 13 | cs-uri-stem     | /A%20Beka%20G1%20Howe/029_AND_30/15%20reading%20elephants.mp4
      test-access.log       | 13 | date            | 09/Jun/2020:12:10:39 -0700
      """)
  void parse_sampleLine_keepsVariantFields(String file, int line, String field, String value)
      throws IOException, BadRecord {
    Event e = PARSER.parse(lines(file).get(line - 1), new Origin(file, line, 0), AccessLogCase.UTC);

    if (value == null) {
      assertThat(e.raw().has(field)).as(field + " absent").isFalse();
    } else {
      assertThat(e.raw().get(field).asText()).isEqualTo(value);
    }
  }

  @Test
  void parse_combinedLine_keepsEveryFieldUnderW3cNames() throws BadRecord {
    Event e = PARSER.parse("www.example.com:443 10.1.2.3 - alice [23/Nov/2023:15:58:00 +0000]"
        + " \"GET /wiki/spaces/NET/pages/40960123?src=search HTTP/2.0\" 200 5120 \"https://x/\" \"curl/8\""
        + " \"203.0.113.9\"", new Origin("f", 1, 0), AccessLogCase.UTC);

    assertThat(e.raw().toString()).isEqualTo("{\"cs-host\":\"www.example.com:443\",\"c-ip\":\"10.1.2.3\","
        + "\"cs-username\":\"alice\",\"date\":\"23/Nov/2023:15:58:00 +0000\",\"cs-method\":\"GET\","
        + "\"cs-uri-stem\":\"/wiki/spaces/NET/pages/40960123\",\"cs-uri-query\":\"src=search\","
        + "\"cs-uri\":\"/wiki/spaces/NET/pages/40960123?src=search\",\"cs-version\":\"HTTP/2.0\","
        + "\"sc-status\":200,\"sc-bytes\":5120,\"cs-referer\":\"https://x/\",\"cs-user-agent\":\"curl/8\","
        + "\"x-forwarded-for\":\"203.0.113.9\"}");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', quoteCharacter = '~', textBlock = """
      [18/Dec/2020:12:57:26 +1100] testuser exec-6 ::1 GET / HTTP/1.1 200 1020ms 7881 - curl ; expected client host, ident and user before the time at column 1, found '[18/Dec/2020:12:57:26'
      1.2.3.4 | https | o@X | - | 2023-11-23 16:07:00,000 | "GET / HTTP/1.1" | ; expected '[' opening the time (at most virtual host, client host, ident and user come before it) at column 19, found 'o@X'
      1.2.3.4 - - [10/Oct/2000:13:55:36 -0700] GET / 200 5 ; expected '"' opening the request line at column 42, found 'GET'
      1.2.3.4 - - [10/Oct/2000:13:55:36 -0700] "GET /" OK 5 ; expected the status (three digits) at column 50, found 'OK'
      1.2.3.4 - - [10/Oct/2000:13:55:36 -0700] "GET /" 200 x ; expected the response size (a number or '-') at column 54, found 'x'
      1.2.3.4 - - [10/Oct/2000:13:55:36 -0700] "GET /" 200 5 junk ; expected a quoted referer or user agent, a duration or NAME="value" at column 56, found 'junk'
      1.2.3.4 - - [10/Oct/2000:13:55:36 -0700] "GET /" 200 5 "a" "b" "c" "d" ; expected end of line (referer, user agent and X-Forwarded-For already read) at column 68, found '"d"'
      1.2.3.4 - - [10/Oct/2000:13:55:36 -0700] "GET / 200 5 ; no closing '"' for the request line opened at column 42
      1.2.3.4 - - [10/Xyz/2000:13:55:36 -0700] "GET /" 200 5 ; unknown month 'Xyz' at column 13
      """)
  void parse_lineThatIsNotAWebAccessLine_saysWhy(String line, String reason) {
    assertThatThrownBy(() -> PARSER.parse(line, new Origin("f", 1, 0), AccessLogCase.UTC))
        .isInstanceOf(BadRecord.class)
        .hasMessage(reason);
  }
}
