package io.bulkhead.cli;

import io.bulkhead.source.LogFormat;
import io.bulkhead.source.LogReader;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options common to every verb that reads logs (the contract's common options). */
final class ReadOptions {
  @Option(names = "--from", paramLabel = "T",
      description = "Only events at or after T (ISO-8601, e.g. 2023-11-14T09:00:00Z, or a date).")
  String from;

  @Option(names = "--to", paramLabel = "T", description = "Only events at or before T (a date means its end).")
  String to;

  @Option(names = "--tz", paramLabel = "ZONE", defaultValue = "UTC",
      description = "Zone of logs written without one (Bitbucket access log). Default: ${DEFAULT-VALUE}.")
  String tz;

  @Option(names = "--format-of", paramLabel = "PATH=NAME",
      description = "Read PATH (a file, a folder, or - for stdin) as format NAME instead of recognising it.")
  List<String> formatOf = new ArrayList<>();

  @Option(names = "--tomcat-pattern", paramLabel = "FORMAT=PATTERN",
      description = "The AccessLogValve pattern your site configured for jira-access or confluence-access.")
  List<String> tomcatPatterns = new ArrayList<>();

  @Option(names = "--rejects", paramLabel = "FILE",
      description = "Write every reject as a JSON line {file, line, reason} to FILE.")
  Path rejects;

  @Option(names = "--max-line-bytes", paramLabel = "N", defaultValue = "" + LogReader.DEFAULT_MAX_LINE_BYTES,
      description = "Longest line read; longer lines are rejects. Default: ${DEFAULT-VALUE}.")
  int maxLineBytes;

  @Option(names = "--threads", paramLabel = "N", description = "Decoding threads. Default: the number of cores.")
  Integer threads;

  /** A reader configured from these options; bad values are usage errors. */
  LogReader reader() {
    LogReader.Builder b = LogReader.builder();
    ZoneId zone = zone();
    b.zone(zone);
    b.from(time("--from", from, zone, false));
    b.to(time("--to", to, zone, true));
    for (String f : formatOf) {
      String[] kv = split("--format-of", f);
      b.formatOf(kv[0], format(kv[1]));
    }
    for (String p : tomcatPatterns) {
      String[] kv = split("--tomcat-pattern", p);
      try {
        b.tomcatPattern(format(kv[0]), kv[1]);
      } catch (IllegalArgumentException e) {
        throw new UsageException("--tomcat-pattern: " + e.getMessage());
      }
    }
    try {
      b.maxLineBytes(maxLineBytes);
      if (threads != null) {
        b.threads(threads);
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    return b.build();
  }

  private ZoneId zone() {
    try {
      return ZoneId.of(tz);
    } catch (DateTimeException e) {
      throw new UsageException("--tz: unknown zone '" + tz + "' (use e.g. UTC, Europe/London, +02:00)");
    }
  }

  /** ISO-8601 with a zone, or without one (read in --tz), or a bare date. */
  static Instant time(String option, String v, ZoneId zone, boolean endOfDay) {
    if (v == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeException e) {
      // try the next form
    }
    try {
      return java.time.LocalDateTime.parse(v).atZone(zone).toInstant();
    } catch (DateTimeException e) {
      // try the next form
    }
    try {
      LocalDate d = LocalDate.parse(v);
      return endOfDay
          ? d.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1)
          : d.atStartOfDay(zone).toInstant();
    } catch (DateTimeException e) {
      throw new UsageException(option + ": cannot read time '" + v
          + "' (use ISO-8601 such as 2023-11-23T15:58:00Z or 2023-11-23)");
    }
  }

  private static String[] split(String option, String v) {
    int eq = v.lastIndexOf('=');
    if (option.equals("--tomcat-pattern")) {
      eq = v.indexOf('=');
    }
    if (eq <= 0 || eq == v.length() - 1) {
      throw new UsageException(option + ": expected KEY=VALUE, got '" + v + "'");
    }
    return new String[] {v.substring(0, eq), v.substring(eq + 1)};
  }

  private static LogFormat format(String name) {
    return LogFormat.byName(name).orElseThrow(() ->
        new UsageException("unknown format '" + name + "'; known: " + LogFormat.names()));
  }

}
