package io.bulkhead.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class TimesTest {

  @ParameterizedTest
  @CsvSource({
    "2020-02-14T20:18:57.718Z, 2020-02-14T20:18:57.718Z",
    "2023-05-24T02:48:33+09:30, 2023-05-23T17:18:33Z",
    "2022-01-24T08:48:05.645+0000, 2022-01-24T08:48:05.645Z",
    "2022-01-24T10:48:05.645+0200, 2022-01-24T08:48:05.645Z",
    "2022-05-07 18:53:12, 2022-05-07T18:53:12Z",
    "2021-01-01 00:00:00.123, 2021-01-01T00:00:00.123Z",
    "2021-05-20 15:53:47Z, 2021-05-20T15:53:47Z",
    "2021-05-20 17:53:47+02:00, 2021-05-20T15:53:47Z",
    "2023-11-23T15:58:00.123456789Z, 2023-11-23T15:58:00.123456789Z",
  })
  void iso_readsVendorForms(String in, String expected) throws BadRecord {
    assertThat(Times.iso(in, ZoneOffset.UTC)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @CsvSource({
    "1684862313, 2023-05-23T17:18:33Z",
    "1741611465102, 2025-03-10T12:57:45.102Z",
    "1684862313000000, 2023-05-23T17:18:33Z",
    "1684862313123456789, 2023-05-23T17:18:33.123456789Z",
  })
  void epoch_tellsUnitsApartByMagnitude(long in, String expected) {
    assertThat(Times.epoch(in)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @CsvSource({
    "10/Oct/2000:13:55:36 -0700, 2000-10-10T20:55:36Z",
    "18/Dec/2020:12:57:26 +1100, 2020-12-18T01:57:26Z",
    "28/May/2009:09:22:17 +1000, 2009-05-27T23:22:17Z",
  })
  void clf_readsApacheAndTomcatTimes(String in, String expected) throws BadRecord {
    assertThat(Times.clf(in)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @CsvSource({
    "UTC, 2023-11-23T10:02:13.907Z",
    "Europe/Berlin, 2023-11-23T09:02:13.907Z",
    "America/Sao_Paulo, 2023-11-23T13:02:13.907Z",
  })
  void local_readsZonelessTimesInTheGivenZone(String zone, String expected) throws BadRecord {
    assertThat(Times.local("2023-11-23 10:02:13,907", ZoneId.of(zone))).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"redacted", "2023-13-45T00:00:00Z", "yesterday", "32/Foo/2020:00:00:00 +0000"})
  void any_rejectsWhatIsNotATime(String in) {
    assertThatThrownBy(() -> Times.any(JsonNodeFactory.instance.textNode(in), ZoneOffset.UTC))
        .isInstanceOf(BadRecord.class)
        .hasMessageContaining("unreadable time");
  }
}
