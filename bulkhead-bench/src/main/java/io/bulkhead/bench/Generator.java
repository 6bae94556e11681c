package io.bulkhead.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Generates NDJSON of a vendor format, streaming: records are written to a buffer flushed as it
 * fills, so memory does not depend on the size asked for. Output depends only on format, seed and
 * size.
 */
final class Generator {
  /** The seed of every benchmark file; change it and every cached file is regenerated. */
  static final long SEED = 0x5EED_B01DL;
  /** Bump when any writer's output changes, so that stale cached files are not reused. */
  static final int VERSION = 1;

  private static final int BUFFER = 1 << 20;

  private Generator() {}

  /**
   * Writes whole records until at least {@code bytes} bytes are out, and returns the number of
   * records (lines).
   */
  static long write(BenchFormat format, long seed, long bytes, OutputStream os) {
    RecordWriter w = format.writer(seed);
    JsonOut out = new JsonOut(os, BUFFER);
    long n = 0;
    while (out.written() < bytes) {
      w.write(out, n++);
      out.endLine();
    }
    out.flush();
    return n;
  }

  /** A few megabytes of records in memory, for micro-benchmarks and tests. */
  static byte[] inMemory(BenchFormat format, long seed, int bytes) {
    ByteArrayOutputStream b = new ByteArrayOutputStream(bytes + 64 * 1024);
    write(format, seed, bytes, b);
    return b.toByteArray();
  }

  /** Where the benchmark file of this format and size is cached in {@code dir}. */
  static Path path(Path dir, BenchFormat format, Size size) {
    return dir.resolve(format.wireName() + "-" + size.label() + "-v" + VERSION + ".ndjson");
  }

  /**
   * The benchmark file of this format and size in {@code dir}, generated on first use. A file is
   * written under a temporary name and renamed when complete, so an interrupted run never leaves
   * a truncated file that a later run would take for a cached one.
   */
  static Path cached(Path dir, BenchFormat format, Size size) {
    Path file = path(dir, format, size);
    if (Files.isRegularFile(file)) {
      return file;
    }
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, format.wireName() + "-", ".tmp");
      try (OutputStream os = Files.newOutputStream(tmp)) {
        write(format, SEED, size.bytes(), os);
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
