package io.bulkhead.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts a byte stream into frames of whole lines of about {@link #CHUNK} bytes, numbering lines
 * from 1. Memory is bounded by the longest line allowed: a line longer than {@code maxLine} is
 * skipped without being buffered and reported as an {@link Oversized} frame.
 */
final class Framer {
  static final int CHUNK = 1 << 20;
  /**
   * The buffer starts small and doubles as a stream turns out to be long: a Logpush bucket holds
   * tens of thousands of gzip files of a few kilobytes, and zeroing megabytes for each cost more
   * than reading them.
   */
  private static final int INITIAL = 64 << 10;

  /** What the framer hands out. */
  sealed interface Frame permits Lines, Oversized {}

  /** Whole lines: {@code data[0, len)} starting at line {@code firstLine}. */
  record Lines(byte[] data, int len, long firstLine) implements Frame {}

  /** A line of {@code bytes} bytes that exceeded the limit and was skipped. */
  record Oversized(long line, long bytes) implements Frame {}

  private final InputStream in;
  private final int maxLine;
  private byte[] buf;
  private int start;
  private int end;
  private boolean eof;
  private IOException failure;
  private long nextLine = 1;

  Framer(InputStream in, int maxLine) {
    this.in = in;
    this.maxLine = maxLine;
    this.buf = new byte[Math.min(INITIAL, maxLine + 1)];
  }

  /** The line number the next frame starts at (after the last frame, one past the last line). */
  long nextLine() {
    return nextLine;
  }

  /** The next frame, or null at the end of the stream. */
  Frame next() throws IOException {
    while (true) {
      int avail = end - start;
      if (!eof && avail < CHUNK && !(avail > 0 && nothingMoreYet() && indexOfNewline(start, end) >= 0)) {
        if (end < buf.length || start > 0) {
          fill();
          continue;
        }
        int full = Math.min(2 * CHUNK, maxLine + 1);
        if (buf.length < full) {
          buf = Arrays.copyOf(buf, Math.min(buf.length * 2, full));
          continue;
        }
      }
      if (avail == 0) {
        if (eof) {
          if (failure != null) {
            throw failure;
          }
          return null;
        }
        fill();
        continue;
      }
      int limit = start + Math.min(avail, CHUNK);
      int cut = lastNewline(start, limit);
      if (cut >= 0) {
        return lines(cut + 1);
      }
      int nl = indexOfNewline(limit, end);
      if (nl >= 0) {
        return lines(nl + 1);
      }
      if (eof) {
        if (failure != null) {
          // The stream broke mid-line: that fragment is not a record; the caller reports the break.
          throw failure;
        }
        return avail > maxLine ? skip(avail) : lines(end);
      }
      if (start > 0 || end < buf.length) {
        fill();
      } else if (buf.length <= maxLine) {
        buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, maxLine + 1L));
      } else {
        return skip(avail);
      }
    }
  }

  /**
   * Whether {@link #next()} would now wait for the stream: no whole line buffered and no byte
   * ready.
   */
  boolean waiting() {
    return !eof && nothingMoreYet() && indexOfNewline(start, end) < 0;
  }

  /**
   * Whether the stream has no bytes ready now: a pipe fed live (`tail -f ... | bulkhead hunt -`)
   * then gets the whole lines it has at once rather than when a megabyte has gathered. Files
   * always have bytes ready until their end, so their frames stay large.
   */
  private boolean nothingMoreYet() {
    try {
      return in.available() <= 0;
    } catch (IOException e) {
      return false; // let the next read report it
    }
  }

  private Lines lines(int to) {
    byte[] data = Arrays.copyOfRange(buf, start, to);
    long first = nextLine;
    int count = 0;
    for (byte b : data) {
      if (b == '\n') {
        count++;
      }
    }
    if (data.length > 0 && data[data.length - 1] != '\n') {
      count++;
    }
    nextLine += count;
    start = to;
    return new Lines(data, data.length, first);
  }

  /** Discards the current over-long line through its newline. */
  private Oversized skip(long already) throws IOException {
    long total = already;
    start = 0;
    end = 0;
    while (!eof) {
      int n = in.read(buf, 0, buf.length);
      if (n < 0) {
        eof = true;
        break;
      }
      int nl = indexOfNewline(buf, 0, n);
      if (nl >= 0) {
        total += nl;
        start = nl + 1;
        end = n;
        break;
      }
      total += n;
    }
    return new Oversized(nextLine++, total);
  }

  private void fill() throws IOException {
    if (start > 0) {
      System.arraycopy(buf, start, buf, 0, end - start);
      end -= start;
      start = 0;
    }
    int n;
    try {
      n = in.read(buf, end, buf.length - end);
    } catch (IOException e) {
      // Hand out the whole lines read before the failure first; next() rethrows after them.
      failure = e;
      eof = true;
      return;
    }
    if (n < 0) {
      eof = true;
    } else {
      end += n;
    }
  }

  private int lastNewline(int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (buf[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private int indexOfNewline(int from, int to) {
    return indexOfNewline(buf, from, to);
  }

  private static int indexOfNewline(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
