package io.bulkhead.scenario;

import java.time.LocalDate;

/**
 * Writes instants (epoch milliseconds, UTC) in each vendor's own form, by integer arithmetic: no
 * formatter, locale or default zone is involved, and it is fast enough to call per record.
 */
final class TimeText {
  private TimeText() {}

  static final long DAY = 86_400_000L;
  private static final String[] MONTHS =
      {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

  /** Epoch milliseconds of a UTC date-time. */
  static long at(int y, int mo, int d, int h, int mi, int s) {
    return LocalDate.of(y, mo, d).toEpochDay() * DAY + ((h * 60L + mi) * 60 + s) * 1000;
  }

  /** {year, month, day} of an epoch day (Hinnant's civil_from_days). */
  static int[] civil(long epochDay) {
    long z = epochDay + 719468;
    long era = Math.floorDiv(z, 146097);
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp < 10 ? mp + 3 : mp - 9;
    return new int[] {(int) (m <= 2 ? y + 1 : y), (int) m, (int) d};
  }

  private static void date(Buf b, long ms, char sep) {
    int[] c = civil(Math.floorDiv(ms, DAY));
    b.pad(c[0], 4);
    if (sep != 0) {
      b.ch(sep);
    }
    b.pad(c[1], 2);
    if (sep != 0) {
      b.ch(sep);
    }
    b.pad(c[2], 2);
  }

  private static void clock(Buf b, long ms, char sep) {
    long t = Math.floorMod(ms, DAY) / 1000;
    b.pad(t / 3600, 2);
    if (sep != 0) {
      b.ch(sep);
    }
    b.pad(t / 60 % 60, 2);
    if (sep != 0) {
      b.ch(sep);
    }
    b.pad(t % 60, 2);
  }

  /** {@code 2023-11-16T14:36:37.114Z} (Okta, CloudTrail with fractions). */
  static Buf isoMillis(Buf b, long ms) {
    date(b, ms, '-');
    b.ch('T');
    clock(b, ms, ':');
    return b.ch('.').pad(Math.floorMod(ms, 1000), 3).ch('Z');
  }

  /** {@code 2023-11-16T14:36:37Z} (CloudTrail, Cloudflare RFC 3339). */
  static Buf isoSeconds(Buf b, long ms) {
    date(b, ms, '-');
    b.ch('T');
    clock(b, ms, ':');
    return b.ch('Z');
  }

  static String isoSeconds(long ms) {
    Buf b = new Buf();
    isoSeconds(b, ms);
    return new String(b.copy(), java.nio.charset.StandardCharsets.US_ASCII);
  }

  static String isoMillis(long ms) {
    Buf b = new Buf();
    isoMillis(b, ms);
    return new String(b.copy(), java.nio.charset.StandardCharsets.US_ASCII);
  }

  /** Tomcat's {@code %t}: {@code [16/Nov/2023:14:36:37 +0000]}, the server on UTC. */
  static Buf clf(Buf b, long ms) {
    int[] c = civil(Math.floorDiv(ms, DAY));
    b.ch('[').pad(c[2], 2).ch('/').text(MONTHS[c[1] - 1]).ch('/').pad(c[0], 4).ch(':');
    clock(b, ms, ':');
    return b.text(" +0000]");
  }

  /** Bitbucket's zone-less {@code 2023-11-23 10:02:11,482}. */
  static Buf bitbucket(Buf b, long ms) {
    date(b, ms, '-');
    b.ch(' ');
    clock(b, ms, ':');
    return b.ch(',').pad(Math.floorMod(ms, 1000), 3);
  }

  /** {@code 20231116} (Logpush folders, audit file names). */
  static String compactDate(long ms) {
    Buf b = new Buf();
    date(b, ms, (char) 0);
    return ascii(b);
  }

  /** {@code 2023-11-16}. */
  static String isoDate(long ms) {
    Buf b = new Buf();
    date(b, ms, '-');
    return ascii(b);
  }

  /** {@code 20231116T143637Z} (Logpush file names). */
  static String compactSeconds(long ms) {
    Buf b = new Buf();
    date(b, ms, (char) 0);
    b.ch('T');
    clock(b, ms, (char) 0);
    return ascii(b.ch('Z'));
  }

  /** {@code 20231116T1435Z} (CloudTrail file names). */
  static String compactMinutes(long ms) {
    String s = compactSeconds(ms);
    return s.substring(0, 13) + "Z";
  }

  /** Minutes since local (UTC) midnight, as Atlassian request ids carry. */
  static int minuteOfDay(long ms) {
    return (int) (Math.floorMod(ms, DAY) / 60_000);
  }

  /** The instant truncated to the second, as logs without fractions write it. */
  static long seconds(long ms) {
    return Math.floorDiv(ms, 1000) * 1000;
  }

  static long dayStart(long ms) {
    return Math.floorDiv(ms, DAY) * DAY;
  }

  static String ascii(Buf b) {
    return new String(b.array(), 0, b.length(), java.nio.charset.StandardCharsets.US_ASCII);
  }
}
