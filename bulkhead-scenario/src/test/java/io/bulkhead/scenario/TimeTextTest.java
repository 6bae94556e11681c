package io.bulkhead.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The hand-written time formats agree with {@code java.time} for any instant of the years around the scenario. */
final class TimeTextTest {
  private static final DateTimeFormatter CLF = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter BITBUCKET = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS", Locale.ROOT).withZone(ZoneOffset.UTC);

  @Property
  void isoMillis_equalsJavaTime(@ForAll @LongRange(min = 1_500_000_000_000L, max = 1_800_000_000_000L) long ms) {
    assertThat(TimeText.isoMillis(ms)).isEqualTo(DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochMilli(ms).plusNanos(0))
        .replaceFirst("(\\.\\d{3})?Z$", "") + "." + String.format(Locale.ROOT, "%03d", ms % 1000) + "Z");
  }

  @Property
  void isoSeconds_parsesBackToTheSecond(@ForAll @LongRange(min = 1_500_000_000_000L, max = 1_800_000_000_000L) long ms) {
    assertThat(Instant.parse(TimeText.isoSeconds(ms)).toEpochMilli()).isEqualTo(ms / 1000 * 1000);
  }

  @Property
  void tomcatAndBitbucketForms_equalJavaTime(@ForAll @LongRange(min = 1_500_000_000_000L, max = 1_800_000_000_000L) long ms) {
    Buf b = new Buf();
    TimeText.clf(b, ms);
    assertThat(TimeText.ascii(b)).isEqualTo("[" + CLF.format(Instant.ofEpochMilli(ms)) + "]");
    b.clear();
    TimeText.bitbucket(b, ms);
    assertThat(TimeText.ascii(b)).isEqualTo(BITBUCKET.format(Instant.ofEpochMilli(ms)));
  }

  @Test
  void compactForms_nameLogpushAndCloudTrailFiles() {
    long t = TimeText.at(2023, 11, 16, 14, 36, 37);
    assertThat(TimeText.compactDate(t)).isEqualTo("20231116");
    assertThat(TimeText.compactSeconds(t)).isEqualTo("20231116T143637Z");
    assertThat(TimeText.compactMinutes(t)).isEqualTo("20231116T1436Z");
    assertThat(TimeText.minuteOfDay(t)).isEqualTo(14 * 60 + 36);
  }
}
