package io.bulkhead.bench;

import io.bulkhead.source.LogFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/** The vendor formats the benchmark generates, by Bulkhead's names for them. */
enum BenchFormat {
  OKTA(LogFormat.OKTA, "eventType", OktaRecords::new),
  CLOUDTRAIL(LogFormat.CLOUDTRAIL, "eventType", CloudTrailRecords::new),
  /**
   * Cloudflare records have no {@code eventType}; {@code RayID} is on every line, so grep's count
   * checks the line count just as it does for the other formats.
   */
  CLOUDFLARE_HTTP_REQUESTS(LogFormat.CLOUDFLARE_HTTP_REQUESTS, "RayID", CloudflareHttpRecords::new);

  private final LogFormat format;
  private final String needle;
  private final LongFunction<RecordWriter> writer;

  BenchFormat(LogFormat format, String needle, LongFunction<RecordWriter> writer) {
    this.format = format;
    this.needle = needle;
    this.writer = writer;
  }

  /** The format Bulkhead must recognise the generated file as. */
  LogFormat logFormat() {
    return format;
  }

  String wireName() {
    return format.wireName();
  }

  /** The fixed string {@code grep -c -F} and {@code rg -c -F} count: present once on every line. */
  String needle() {
    return needle;
  }

  /** A fresh writer; the same seed always writes the same records. */
  RecordWriter writer(long seed) {
    return writer.apply(seed ^ (long) ordinal() << 32);
  }

  static BenchFormat byName(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(f -> f.wireName().equals(n))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown format '" + name + "'; one of " + names()));
  }

  static String names() {
    return Arrays.stream(values()).map(BenchFormat::wireName).collect(Collectors.joining(","));
  }
}
