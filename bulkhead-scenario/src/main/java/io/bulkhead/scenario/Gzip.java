package io.bulkhead.scenario;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A gzip writer whose deflater and buffer are reused from one file to the next. Logpush and
 * CloudTrail deliveries are many small gzip files; allocating a deflater per file cost more than
 * compressing them. Writes the same format as {@code GZIPOutputStream} (RFC 1952, no name, no
 * time), at the fastest level. Not thread-safe: one per sink.
 */
final class Gzip {
  private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

  private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
  private final CRC32 crc = new CRC32();
  private final byte[] buf = new byte[1 << 16];
  private OutputStream out;

  /** Starts a new file; the previous one must have been finished. */
  void open(Path p) throws IOException {
    if (out != null) {
      throw new IllegalStateException("previous gzip file not finished");
    }
    Files.createDirectories(p.getParent());
    out = Files.newOutputStream(p);
    out.write(HEADER);
  }

  boolean isOpen() {
    return out != null;
  }

  void write(byte[] b, int off, int len) throws IOException {
    crc.update(b, off, len);
    deflater.setInput(b, off, len);
    while (!deflater.needsInput()) {
      drain();
    }
  }

  void write(Buf b) throws IOException {
    write(b.array(), 0, b.length());
  }

  private void drain() throws IOException {
    int n = deflater.deflate(buf, 0, buf.length, Deflater.NO_FLUSH);
    if (n > 0) {
      out.write(buf, 0, n);
    }
  }

  /** Ends the file: the rest of the stream, CRC-32 and length, little-endian. */
  void finish() throws IOException {
    deflater.finish();
    while (!deflater.finished()) {
      int n = deflater.deflate(buf, 0, buf.length);
      out.write(buf, 0, n);
    }
    long c = crc.getValue();
    long size = deflater.getBytesRead();
    byte[] trailer = new byte[8];
    for (int i = 0; i < 4; i++) {
      trailer[i] = (byte) (c >>> (8 * i));
      trailer[4 + i] = (byte) (size >>> (8 * i));
    }
    out.write(trailer);
    out.close();
    out = null;
    deflater.reset();
    crc.reset();
  }

  /** Releases the deflater's native memory. */
  void end() {
    deflater.end();
  }
}
