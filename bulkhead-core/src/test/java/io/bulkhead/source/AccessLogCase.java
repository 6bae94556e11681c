package io.bulkhead.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulkhead.event.Event;
import io.bulkhead.event.Origin;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * One access-log line and the event fields it must give, asserted exactly: time (UTC, to the
 * millisecond), user, client IP, method, URL, status, bytes, session. Null means "must be absent".
 */
record AccessLogCase(
    String name,
    String line,
    String time,
    String user,
    String ip,
    String method,
    String url,
    Integer status,
    Long bytes,
    String session) {

  static final ReadContext UTC = new ReadContext("access.log", ZoneOffset.UTC);

  static ReadContext zone(String zone) {
    return new ReadContext("access.log", ZoneId.of(zone));
  }

  Event parseWith(LineParser parser, ReadContext ctx) throws BadRecord {
    return parser.parse(line, new Origin(ctx.file(), 7, 0), ctx);
  }

  /** Parses the line and asserts every field; returns the event for further checks. */
  Event check(LineParser parser, ReadContext ctx) throws BadRecord {
    Event e = parseWith(parser, ctx);
    assertThat(e.logsource()).isEqualTo(parser.format().wireName());
    assertThat(e.source()).isEqualTo(new Origin(ctx.file(), 7, 0));
    assertThat(e.time()).as("time").isEqualTo(time == null ? null : Instant.parse(time));
    assertThat(e.actor() == null ? null : e.actor().name()).as("user").isEqualTo(user);
    assertThat(e.client() == null ? null : e.client().ip()).as("ip").isEqualTo(ip);
    assertThat(e.http() == null ? null : e.http().method()).as("method").isEqualTo(method);
    assertThat(e.http() == null ? null : e.http().url()).as("url").isEqualTo(url);
    assertThat(e.http() == null ? null : e.http().status()).as("status").isEqualTo(status);
    assertThat(e.http() == null ? null : e.http().bytes()).as("bytes").isEqualTo(bytes);
    assertThat(e.session()).as("session").isEqualTo(session);
    assertThat(e.raw().toString()).as("raw keeps no '-' or empty value").doesNotContain("\":\"-\"", "\":\"\"");
    return e;
  }

  @Override
  public String toString() {
    return name;
  }
}
