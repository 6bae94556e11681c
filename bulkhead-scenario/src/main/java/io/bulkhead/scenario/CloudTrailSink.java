package io.bulkhead.scenario;

import io.bulkhead.event.Origin;
import java.io.IOException;
import java.nio.file.Path;

/**
 * CloudTrail's S3 delivery for one account and region: about every five minutes a gzip object
 * holding one JSON document {@code {"Records":[...]}} on one line, under
 * {@code AWSLogs/ACCOUNT/CloudTrail/REGION/YYYY/MM/DD/ACCOUNT_CloudTrail_REGION_YYYYMMDDTHHMMZ_RANDOM.json.gz}.
 * Records are numbered within the document.
 */
final class CloudTrailSink extends Sink {
  private static final long WINDOW = 300_000L;

  private final Path dir;
  private final String account;
  private final String region;
  private final Rng rng;
  private final Buf doc = new Buf();
  private final Gzip gzip = new Gzip();
  private long window = Long.MIN_VALUE;
  private Path current;
  private String name;
  private int records;

  CloudTrailSink(Path root, Path cloudtrailDir, String account, String region, Rng rng) {
    super(root, "cloudtrail");
    this.dir = cloudtrailDir;
    this.account = account;
    this.region = region;
    this.rng = rng;
  }

  @Override
  Origin write(long t, Buf record, boolean planted) throws IOException {
    long w = Math.floorDiv(t, WINDOW);
    if (w != window) {
      flush();
      window = w;
      long start = w * WINDOW;
      String date = TimeText.isoDate(start).replace('-', '/');
      current = dir.resolve("AWSLogs").resolve(account).resolve("CloudTrail").resolve(region).resolve(date)
          .resolve(account + "_CloudTrail_" + region + "_" + TimeText.compactMinutes(start) + "_" + rng.base62(16) + ".json.gz");
      name = relative(current);
      doc.clear();
      doc.text("{\"Records\":[");
      records = 0;
    }
    if (records > 0) {
      doc.ch(',');
    }
    doc.bytes(record.array(), 0, record.length());
    seen(t);
    return new Origin(name, 1, records++);
  }

  private void flush() throws IOException {
    if (records == 0) {
      return;
    }
    doc.text("]}\n");
    gzip.open(current);
    gzip.write(doc);
    gzip.finish();
    records = 0;
  }

  @Override
  void close() throws IOException {
    flush();
    gzip.end();
  }
}
