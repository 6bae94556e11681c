package io.bulkhead.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * A byte-level writer of compact JSON, one record a line. It exists because building a Jackson
 * tree or generator call per field made generating gigabytes slow; here field names are encoded
 * once and values are written straight into a buffer. Only the shapes the generators need are
 * supported, and nesting is checked only by the generators' own tests.
 */
final class JsonOut {
  private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static final int MAX_DEPTH = 32;

  private final OutputStream sink;
  private final byte[] buf;
  private final Map<String, byte[]> names = new HashMap<>();
  /** Per nesting level: whether the next member needs a comma before it. */
  private final boolean[] needComma = new boolean[MAX_DEPTH];
  private int depth;
  private int pos;
  private long written;

  JsonOut(OutputStream sink, int bufferSize) {
    this.sink = sink;
    this.buf = new byte[bufferSize];
  }

  /** Bytes handed to this writer so far, flushed or not. */
  long written() {
    return written + pos;
  }

  JsonOut beginObject() {
    separate();
    return open('{');
  }

  JsonOut beginObject(String name) {
    return name(name).open('{');
  }

  JsonOut endObject() {
    return close('}');
  }

  JsonOut beginArray(String name) {
    return name(name).open('[');
  }

  JsonOut endArray() {
    return close(']');
  }

  JsonOut string(String name, String value) {
    name(name);
    return value == null ? bytes(NULL) : quoted(value);
  }

  JsonOut number(String name, long value) {
    name(name);
    digits(value);
    return this;
  }

  /** An array element. */
  JsonOut number(long value) {
    separate();
    digits(value);
    return this;
  }

  /** A decimal with exactly {@code scale} fraction digits, {@code unscaled / 10^scale}. */
  JsonOut decimal(String name, long unscaled, int scale) {
    name(name);
    if (unscaled < 0) {
      put((byte) '-');
      unscaled = -unscaled;
    }
    long pow = 1;
    for (int i = 0; i < scale; i++) {
      pow *= 10;
    }
    digits(unscaled / pow);
    put((byte) '.');
    padded(unscaled % pow, scale);
    return this;
  }

  JsonOut bool(String name, boolean value) {
    name(name);
    return bytes(value ? TRUE : FALSE);
  }

  JsonOut nullValue(String name) {
    return name(name).bytes(NULL);
  }

  /** An empty object, as vendors write for "nothing here" ({@code "detail":{}}). */
  JsonOut emptyObject(String name) {
    return beginObject(name).endObject();
  }

  /** {@code yyyy-MM-ddTHH:mm:ss[.SSS]Z} from epoch milliseconds, as Okta and CloudTrail write. */
  JsonOut isoTime(String name, long epochMillis, boolean millis) {
    name(name);
    put((byte) '"');
    long secs = Math.floorDiv(epochMillis, 1000);
    LocalDate d = LocalDate.ofEpochDay(Math.floorDiv(secs, 86_400));
    int sod = Math.floorMod(secs, 86_400);
    padded(d.getYear(), 4);
    put((byte) '-');
    padded(d.getMonthValue(), 2);
    put((byte) '-');
    padded(d.getDayOfMonth(), 2);
    put((byte) 'T');
    padded(sod / 3600, 2);
    put((byte) ':');
    padded(sod / 60 % 60, 2);
    put((byte) ':');
    padded(sod % 60, 2);
    if (millis) {
      put((byte) '.');
      padded(Math.floorMod(epochMillis, 1000), 3);
    }
    put((byte) 'Z');
    put((byte) '"');
    return this;
  }

  /** Ends the current record's line; every object must have been closed. */
  void endLine() {
    if (depth != 0) {
      throw new IllegalStateException("record ended at depth " + depth);
    }
    put((byte) '\n');
    needComma[0] = false;
  }

  void flush() {
    try {
      sink.write(buf, 0, pos);
      sink.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    written += pos;
    pos = 0;
  }

  private JsonOut name(String name) {
    separate();
    return bytes(names.computeIfAbsent(name, JsonOut::encodeName));
  }

  private static byte[] encodeName(String name) {
    return ("\"" + name + "\":").getBytes(StandardCharsets.UTF_8);
  }

  private void separate() {
    if (needComma[depth]) {
      put((byte) ',');
    }
    needComma[depth] = true;
  }

  private JsonOut open(char c) {
    put((byte) c);
    needComma[++depth] = false;
    return this;
  }

  private JsonOut close(char c) {
    put((byte) c);
    depth--;
    return this;
  }

  private JsonOut quoted(String s) {
    put((byte) '"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
        put((byte) c);
      } else {
        special(s, i, c);
        if (Character.isHighSurrogate(c)) {
          i++;
        }
      }
    }
    put((byte) '"');
    return this;
  }

  /** Escapes and non-ASCII characters, encoded as UTF-8. */
  private void special(String s, int i, char c) {
    if (c == '"' || c == '\\') {
      put((byte) '\\');
      put((byte) c);
    } else if (c < 0x20) {
      put((byte) '\\');
      put((byte) 'u');
      put((byte) '0');
      put((byte) '0');
      put(HEX[c >> 4]);
      put(HEX[c & 0xf]);
    } else if (c < 0x800) {
      put((byte) (0xc0 | c >> 6));
      put((byte) (0x80 | c & 0x3f));
    } else if (Character.isHighSurrogate(c)) {
      int cp = Character.toCodePoint(c, s.charAt(i + 1));
      put((byte) (0xf0 | cp >> 18));
      put((byte) (0x80 | cp >> 12 & 0x3f));
      put((byte) (0x80 | cp >> 6 & 0x3f));
      put((byte) (0x80 | cp & 0x3f));
    } else {
      put((byte) (0xe0 | c >> 12));
      put((byte) (0x80 | c >> 6 & 0x3f));
      put((byte) (0x80 | c & 0x3f));
    }
  }

  private void digits(long v) {
    if (v < 0) {
      put((byte) '-');
      if (v == Long.MIN_VALUE) {
        bytes(Long.toString(v).substring(1).getBytes(StandardCharsets.US_ASCII));
        return;
      }
      v = -v;
    }
    int n = 1;
    for (long t = v; t >= 10; t /= 10) {
      n++;
    }
    padded(v, n);
  }

  /** {@code v} (non-negative) in exactly {@code width} digits, zero-padded. */
  private void padded(long v, int width) {
    ensure(width);
    for (int i = pos + width - 1; i >= pos; i--) {
      buf[i] = (byte) ('0' + v % 10);
      v /= 10;
    }
    pos += width;
  }

  private JsonOut bytes(byte[] b) {
    ensure(b.length);
    System.arraycopy(b, 0, buf, pos, b.length);
    pos += b.length;
    return this;
  }

  private void put(byte b) {
    if (pos == buf.length) {
      flush();
    }
    buf[pos++] = b;
  }

  private void ensure(int n) {
    if (buf.length - pos < n) {
      flush();
    }
  }
}
