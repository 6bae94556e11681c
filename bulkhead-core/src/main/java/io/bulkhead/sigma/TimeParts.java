package io.bulkhead.sigma;

import com.fasterxml.jackson.databind.JsonNode;
import io.bulkhead.sigma.model.ValueTest;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The time modifiers ({@code minute} ... {@code year}): a part of a date value. As the
 * specification says, no zone conversion is done: a time written with an offset gives its parts
 * in that offset, a time without one as written; epoch numbers (seconds, or milliseconds when
 * larger than 10^11) are read in UTC. Weeks are ISO weeks (1 to 53).
 */
final class TimeParts {
  private static final DateTimeFormatter SPACED = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .appendLiteral(' ')
      .append(DateTimeFormatter.ISO_LOCAL_TIME)
      .optionalStart().appendOffsetId().optionalEnd()
      .toFormatter(Locale.ROOT);

  private TimeParts() {}

  /** The part, or null when the value is not a date. */
  static Integer extract(JsonNode v, ValueTest.Unit unit) {
    TemporalAccessor t = parse(v);
    if (t == null) {
      return null;
    }
    try {
      return switch (unit) {
        case MINUTE -> t.get(ChronoField.MINUTE_OF_HOUR);
        case HOUR -> t.get(ChronoField.HOUR_OF_DAY);
        case DAY -> t.get(ChronoField.DAY_OF_MONTH);
        case WEEK -> t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        case MONTH -> t.get(ChronoField.MONTH_OF_YEAR);
        case YEAR -> t.get(ChronoField.YEAR);
      };
    } catch (DateTimeException e) {
      return null; // a bare date has no hour or minute
    }
  }

  private static TemporalAccessor parse(JsonNode v) {
    if (v.isIntegralNumber()) {
      long n = v.longValue();
      Instant i = Math.abs(n) > 100_000_000_000L ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
      return i.atOffset(ZoneOffset.UTC);
    }
    if (!v.isTextual()) {
      return null;
    }
    String s = v.textValue().strip();
    if (s.length() < 10 || s.length() > 40) {
      return null;
    }
    try {
      return OffsetDateTime.parse(s);
    } catch (DateTimeException e) {
      // next form
    }
    try {
      return LocalDateTime.parse(s);
    } catch (DateTimeException e) {
      // next form
    }
    try {
      return SPACED.parseBest(s, OffsetDateTime::from, LocalDateTime::from);
    } catch (DateTimeException e) {
      // next form
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
