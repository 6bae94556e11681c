package io.bulkhead.scenario;

import io.bulkhead.event.Origin;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the records of one log source go for one day, laid out as the vendor's export lays them
 * out. A sink numbers what it writes (file, 1-based line, record within the line) so that the
 * answer key can point at the very lines the intrusion left. Sinks open their files lazily: a day
 * without records leaves no empty file.
 */
abstract class Sink {
  final Path root;
  final String logsource;
  long events;
  long first = Long.MAX_VALUE;
  long last = Long.MIN_VALUE;

  Sink(Path root, String logsource) {
    this.root = root;
    this.logsource = logsource;
  }

  /**
   * Writes one record at time {@code t}.
   *
   * @param planted whether the record belongs to the intrusion; shipping never duplicates those,
   *     so counts in the answer key stay exact
   * @return where it was written
   */
  abstract Origin write(long t, Buf record, boolean planted) throws IOException;

  abstract void close() throws IOException;

  final void seen(long t) {
    events++;
    first = Math.min(first, t);
    last = Math.max(last, t);
  }

  /** The path as the answer key names it: relative to the scenario folder, with {@code /}. */
  final String relative(Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }

  /** A buffered file opened for writing, its parent folders created. */
  static OutputStream open(Path p) throws IOException {
    Files.createDirectories(p.getParent());
    return new BufferedOutputStream(Files.newOutputStream(p), 1 << 16);
  }

  /** One record per line in one plain file a day: Okta pulls, Tomcat and Bitbucket access logs, audit files. */
  static final class Daily extends Sink {
    private final Path path;
    private final Rng dupes;
    private final double dupRate;
    private OutputStream out;
    private long line;
    private String name;

    /**
     * @param dupRate the share of records written twice in a row, as a log shipper that retries
     *     a page does (0 for logs written in place)
     */
    Daily(Path root, String logsource, Path path, Rng dupes, double dupRate) {
      super(root, logsource);
      this.path = path;
      this.dupes = dupes;
      this.dupRate = dupRate;
    }

    @Override
    Origin write(long t, Buf record, boolean planted) throws IOException {
      if (out == null) {
        out = open(path);
        name = relative(path);
      }
      record.writeTo(out);
      out.write('\n');
      seen(t);
      Origin o = new Origin(name, ++line, 0);
      if (dupRate > 0 && !planted && dupes.chance(dupRate)) {
        record.writeTo(out);
        out.write('\n');
        seen(t);
        line++;
      }
      return o;
    }

    @Override
    void close() throws IOException {
      if (out != null) {
        out.close();
        out = null;
      }
    }
  }
}
