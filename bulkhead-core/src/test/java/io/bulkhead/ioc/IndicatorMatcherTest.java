package io.bulkhead.ioc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.bulkhead.event.Event;
import io.bulkhead.event.Origin;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Indicators are found field by field, whole tokens of their own kind only: what matches, with
 * which confidence and in which field, and the near misses that must not.
 */
final class IndicatorMatcherTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Origin HERE = new Origin("iocs.txt", 1, 0);

  private static Indicator ioc(String type, String value) {
    return Indicator.of(IndicatorType.ofWireName(type).orElseThrow(), value, null, HERE);
  }

  private static Event event(String json) throws IOException {
    return Event.builder("json", new Origin("log.json", 7, 0), JSON.readTree(json)).build();
  }

  /** One indicator, one document: the hit as {@code field confidence}, or {@code none}. */
  @ParameterizedTest(name = "{0} {1} in {2} -> {3}")
  @CsvSource(delimiter = '|', textBlock = """
      ipv4     | 193.142.58.126  | {"client": {"ipAddress": "193.142.58.126"}}                     | client.ipAddress high
      ipv4     | 193.142.58.126  | {"url": "https://193.142.58.126/login"}                         | url medium
      ipv4     | 193.142.58.126  | {"peer": "193.142.58.126:443"}                                  | peer high
      ipv4     | 193.142.58.126  | {"xff": "10.0.0.1, 193.142.58.126"}                             | xff medium
      ipv4     | 193.142.58.126  | {"ip": "::ffff:193.142.58.126"}                                 | ip high
      ipv4     | 193.142.58.126  | {"version": "1.193.142.58.126"}                                 | none
      ipv4     | 193.142.58.126  | {"build": "v193.142.58.126"}                                    | none
      ipv4     | 193.142.58.126  | {"n": 193142058126}                                             | none
      ipv6     | 2001:db8::7     | {"ip": "2001:0DB8:0:0:0:0:0:7"}                                 | ip high
      cidr     | 193.142.58.0/24 | {"client": {"ip": "193.142.58.201"}}                            | client.ip high
      cidr     | 193.142.58.0/24 | {"client": {"ip": "193.142.59.1"}}                              | none
      cidr     | 2001:db8::/32   | {"ip": "2001:db8:ffff::1"}                                      | ip high
      domain   | idowall.com     | {"host": "idowall.com"}                                         | host high
      domain   | idowall.com     | {"host": "cdn.IDOWALL.com."}                                    | host high
      domain   | idowall.com     | {"uri": "https://cdn.idowall.com/payload"}                      | uri medium
      domain   | idowall.com     | {"host": "notidowall.com"}                                      | none
      domain   | example.com     | {"path": "/files/example.commercial.file"}                      | none
      sha256   | bdd1a085d651082ad567b03e5186d1d46d822bb7794157ab8cce95d850a3caaf | {"sha256": "BDD1A085D651082AD567B03E5186D1D46D822BB7794157AB8CCE95D850A3CAAF"} | sha256 high
      sha256   | bdd1a085d651082ad567b03e5186d1d46d822bb7794157ab8cce95d850a3caaf | {"msg": "hash=bdd1a085d651082ad567b03e5186d1d46d822bb7794157ab8cce95d850a3caaf ok"} | msg medium
      sha256   | bdd1a085d651082ad567b03e5186d1d46d822bb7794157ab8cce95d850a3caaf | {"msg": "00bdd1a085d651082ad567b03e5186d1d46d822bb7794157ab8cce95d850a3caaf"} | none
      email    | actor@evil.example | {"from": "Bob <Actor@Evil.Example>"}                         | from medium
      email    | actor@evil.example | {"from": "xactor@evil.example"}                              | none
      filename | jvm-agent       | {"cmd": "/opt/atlassian/jira/lib/jvm-agent --port 443"}         | cmd medium
      filename | jvm-agent       | {"cmd": "/opt/atlassian/jira/lib/jvm-agent.jar"}                | none
      url      | http://idowall.com/payload | {"u": "https://IDOWALL.com/payload?x=1"}             | u high
      url      | http://idowall.com/payload | {"req": "GET https://idowall.com/payload HTTP/1.1"}  | req medium
      url      | http://idowall.com/payload | {"u": "http://idowall.com/payload"}                  | u high
      url      | http://idowall.com/payload | {"u": "http://idowall.com/payloads"}                 | none
      ipv4     | 10.1.2.3        | {"ip": "10.1.2.3"}                                              | ip low
      domain   | s3.amazonaws.com | {"host": "bucket.s3.amazonaws.com"}                            | host low
      """)
  void match_findsWholeTokensOfTheirKind(String type, String value, String json, String expected) throws IOException {
    IndicatorMatcher m = IndicatorMatcher.of(List.of(ioc(type, value)));
    List<String> hits = m.match(event(json)).stream().map(h -> h.field() + " " + h.confidence().wireName()).toList();
    assertThat(hits).containsExactlyElementsOf(expected.equals("none") ? List.of() : List.of(expected));
  }

  @Test
  void match_reportsEachIndicatorOncePerFieldWithArrayElementsUnderOnePath() throws IOException {
    IndicatorMatcher m = IndicatorMatcher.of(List.of(ioc("ipv4", "193.142.58.126"), ioc("domain", "idowall.com")));
    Event e = event("""
        {"request": {"headers": ["x: 193.142.58.126", "y: 193.142.58.126 idowall.com"]},
         "client": {"ip": "193.142.58.126"}}""");
    assertThat(m.match(e)).extracting(h -> h.indicator().value() + " " + h.field())
        .containsExactly("193.142.58.126 request.headers", "idowall.com request.headers", "193.142.58.126 client.ip");
  }

  @Test
  void match_longestNetworkWins() throws IOException {
    IndicatorMatcher m = IndicatorMatcher.of(List.of(ioc("cidr", "193.142.0.0/16"), ioc("cidr", "193.142.58.0/24")));
    assertThat(m.match(event("{\"ip\": \"193.142.58.9\"}"))).singleElement()
        .satisfies(h -> assertThat(h.indicator().value()).isEqualTo("193.142.58.0/24"));
  }

  @Test
  void match_findsNothingWithoutIndicators() throws IOException {
    assertThat(IndicatorMatcher.of(List.of()).match(event("{\"ip\": \"193.142.58.126\"}"))).isEmpty();
  }
}
