package io.bulkhead.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Parses the time stamps vendors write. Every parser is explicit about zone and locale: a time
 * without a zone is read in the zone the caller passes (the user's {@code --tz}, UTC by default),
 * never in the machine's.
 */
final class Times {
  private Times() {}

  /** ISO-8601 with an offset that may lack its colon ({@code +0000}), as Jira Cloud writes. */
  private static final DateTimeFormatter ISO_OFFSET_LENIENT =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .appendLiteral('T')
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .appendOffset("+HHmm", "Z")
          .toFormatter(Locale.ROOT);

  /** A date and time with a space or T and no zone, optional fraction: Panther's and Cloudflare's. */
  private static final DateTimeFormatter LOCAL_SPACE =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart().appendLiteral(' ').optionalEnd()
          .optionalStart().appendLiteral('T').optionalEnd()
          .appendValue(ChronoField.HOUR_OF_DAY, 2)
          .appendLiteral(':')
          .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
          .optionalStart()
          .appendLiteral(':')
          .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .optionalStart()
          .appendLiteral(',')
          .appendValue(ChronoField.MILLI_OF_SECOND, 3)
          .optionalEnd()
          .optionalEnd()
          .toFormatter(Locale.ROOT);

  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  /**
   * An ISO-8601 / RFC 3339 time with {@code Z} or an offset (with or without colon); without a
   * zone, read in {@code zone}.
   */
  static Instant iso(String s, ZoneId zone) throws BadRecord {
    String t = s.trim();
    if (t.length() > 11 && t.charAt(10) == ' ' && (hasOffset(t) || t.endsWith("Z") || t.endsWith("z"))) {
      // RFC 3339 allows a space for the T; some exporters write it with a zone.
      t = t.substring(0, 10) + 'T' + t.substring(11);
    }
    try {
      if (t.endsWith("Z") || t.endsWith("z")) {
        return Instant.parse(t.toUpperCase(Locale.ROOT));
      }
      if (hasOffset(t)) {
        if (t.charAt(t.length() - 3) == ':') {
          return OffsetDateTime.parse(t).toInstant();
        }
        return OffsetDateTime.parse(t, ISO_OFFSET_LENIENT).toInstant();
      }
      return LocalDateTime.parse(t, LOCAL_SPACE).atZone(zone).toInstant();
    } catch (DateTimeException e) {
      throw new BadRecord("unreadable time '" + Strings.clip(s, 40) + "'");
    }
  }

  private static boolean hasOffset(String t) {
    int n = t.length();
    if (n < 6 || t.indexOf('T') < 0 && t.indexOf(' ') < 0) {
      return false;
    }
    // +HH:MM or +HHMM at the end, after the time part.
    int sign = Math.max(t.lastIndexOf('+'), t.lastIndexOf('-'));
    return sign > 10 && (n - sign == 6 || n - sign == 5);
  }

  /**
   * A number of seconds, milliseconds, microseconds or nanoseconds since the epoch, told apart by
   * magnitude (Cloudflare's {@code unix} and {@code unixnano}, GitHub's epoch milliseconds).
   */
  static Instant epoch(long v) {
    long a = Math.abs(v);
    if (a < 100_000_000_000L) {
      return Instant.ofEpochSecond(v);
    }
    if (a < 100_000_000_000_000L) {
      return Instant.ofEpochMilli(v);
    }
    if (a < 100_000_000_000_000_000L) {
      return Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000L), Math.floorMod(v, 1_000_000L) * 1000L);
    }
    return Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000_000L), Math.floorMod(v, 1_000_000_000L));
  }

  /**
   * A time field that may be a number (epoch in any unit), a numeric string, or an ISO string.
   * Returns null when the field is absent or null.
   */
  static Instant any(JsonNode n, ZoneId zone) throws BadRecord {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return null;
    }
    if (n.isIntegralNumber()) {
      return epoch(n.asLong());
    }
    if (n.isNumber()) {
      double d = n.asDouble();
      long secs = (long) Math.floor(d);
      return Instant.ofEpochSecond(secs, Math.round((d - secs) * 1e9));
    }
    if (n.isTextual()) {
      String s = n.asText().trim();
      if (s.isEmpty()) {
        return null;
      }
      if (isDigits(s)) {
        try {
          return epoch(Long.parseLong(s));
        } catch (NumberFormatException e) {
          throw new BadRecord("unreadable time '" + Strings.clip(s, 40) + "'");
        }
      }
      return iso(s, zone);
    }
    throw new BadRecord("time is a JSON " + n.getNodeType().name().toLowerCase(Locale.ROOT));
  }

  /** Tomcat/Apache {@code dd/MMM/yyyy:HH:mm:ss Z}, brackets already removed. */
  static Instant clf(String s) throws BadRecord {
    // 10/Oct/2000:13:55:36 -0700
    if (s.length() < 26 || s.charAt(2) != '/' || s.charAt(6) != '/' || s.charAt(11) != ':') {
      throw new BadRecord("unreadable time '" + Strings.clip(s, 40) + "'");
    }
    try {
      int day = Integer.parseInt(s, 0, 2, 10);
      int month = month(s.substring(3, 6));
      int year = Integer.parseInt(s, 7, 11, 10);
      int hour = Integer.parseInt(s, 12, 14, 10);
      int min = Integer.parseInt(s, 15, 17, 10);
      int sec = Integer.parseInt(s, 18, 20, 10);
      String off = s.substring(21).trim();
      ZoneOffset zo = ZoneOffset.of(off.length() == 5 ? off.substring(0, 3) + ":" + off.substring(3) : off);
      return LocalDateTime.of(year, month, day, hour, min, sec).toInstant(zo);
    } catch (NumberFormatException | DateTimeException | StringIndexOutOfBoundsException e) {
      throw new BadRecord("unreadable time '" + Strings.clip(s, 40) + "'");
    }
  }

  private static int month(String m) throws BadRecord {
    for (int i = 0; i < 12; i++) {
      if (MONTHS[i].equalsIgnoreCase(m)) {
        return i + 1;
      }
    }
    throw new BadRecord("unknown month '" + m + "'");
  }

  /** A zone-less {@code yyyy-MM-dd HH:mm:ss[,SSS|.SSS]} read in {@code zone}. */
  static Instant local(String s, ZoneId zone) throws BadRecord {
    try {
      return LocalDateTime.parse(s.trim(), LOCAL_SPACE).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      throw new BadRecord("unreadable time '" + Strings.clip(s, 40) + "'");
    }
  }

  private static boolean isDigits(String s) {
    int i = s.charAt(0) == '-' ? 1 : 0;
    if (i == s.length()) {
      return false;
    }
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
