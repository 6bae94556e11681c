package io.bulkhead.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Opens an input for reading: gzip is recognised by its magic bytes, whatever the file is called;
 * other compressed or archive formats are named and refused rather than read as garbage.
 */
final class Opened {
  private Opened() {}

  /** Thrown when an input is of a kind Bulkhead does not read; the message says which. */
  static final class Unsupported extends IOException {
    private static final long serialVersionUID = 1L;

    Unsupported(String message) {
      super(message);
    }
  }

  static InputStream decompressing(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    in.mark(8);
    byte[] magic = in.readNBytes(6);
    in.reset();
    if (startsWith(magic, 0x1f, 0x8b)) {
      return new GZIPInputStream(in, 1 << 16);
    }
    if (startsWith(magic, 'B', 'Z', 'h')) {
      throw new Unsupported("bzip2-compressed; decompress it first (bunzip2)");
    }
    if (startsWith(magic, 0xfd, '7', 'z', 'X', 'Z')) {
      throw new Unsupported("xz-compressed; decompress it first (unxz)");
    }
    if (startsWith(magic, 0x28, 0xb5, 0x2f, 0xfd)) {
      throw new Unsupported("zstd-compressed; decompress it first (unzstd)");
    }
    if (startsWith(magic, 'P', 'K', 3, 4)) {
      throw new Unsupported("a zip archive; unpack it and give the folder");
    }
    return in;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
