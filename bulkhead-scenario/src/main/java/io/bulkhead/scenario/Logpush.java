package io.bulkhead.scenario;

import io.bulkhead.event.Origin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Cloudflare Logpush job's output for one dataset: gzip NDJSON batches of at most five minutes
 * ({@code max_upload_interval_seconds = 300}) under a folder per day,
 * {@code DATASET/YYYYMMDD/START_END_HASH.log.gz}. Delivery is at least once: now and then a batch
 * arrives twice under another name, which is how duplicates reach a log store.
 */
final class Logpush extends Sink {
  static final long WINDOW = 300_000L;
  private static final double REDELIVERY = 0.004;

  private final Path dir;
  private final Rng rng;
  private long window = Long.MIN_VALUE;
  private Path current;
  private String name;
  private final Gzip out = new Gzip();
  private final byte[] nl = {'\n'};
  private long line;
  private boolean planted;

  Logpush(Path root, String logsource, Path datasetDir, Rng rng) {
    super(root, logsource);
    this.dir = datasetDir;
    this.rng = rng;
  }

  @Override
  Origin write(long t, Buf record, boolean isPlanted) throws IOException {
    long w = Math.floorDiv(t, WINDOW);
    if (w != window) {
      finish();
      window = w;
      long start = w * WINDOW;
      current = dir.resolve(TimeText.compactDate(start)).resolve(
          TimeText.compactSeconds(start) + "_" + TimeText.compactSeconds(start + WINDOW) + "_" + rng.hex(8) + ".log.gz");
      name = relative(current);
      out.open(current);
      line = 0;
      planted = false;
    }
    out.write(record);
    out.write(nl, 0, 1);
    seen(t);
    planted |= isPlanted;
    return new Origin(name, ++line, 0);
  }

  private void finish() throws IOException {
    if (!out.isOpen()) {
      return;
    }
    out.finish();
    if (!planted && rng.chance(REDELIVERY)) {
      String n = current.getFileName().toString();
      Path again = current.resolveSibling(n.substring(0, n.length() - 15) + rng.hex(8) + ".log.gz");
      Files.copy(current, again);
      events += line;
    }
  }

  @Override
  void close() throws IOException {
    finish();
    out.end();
  }
}
