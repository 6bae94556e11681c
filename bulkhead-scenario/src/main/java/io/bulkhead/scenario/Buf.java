package io.bulkhead.scenario;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable byte buffer that renders one log record: text for access logs, JSON for the rest.
 * Records are built by hand rather than through a tree so that writing millions of them costs
 * little more than copying their bytes. Text is written as UTF-8; JSON strings are escaped.
 *
 * <p>JSON objects and arrays are opened and closed explicitly; the buffer tracks, per nesting
 * level, whether a comma is due, so callers only name keys and values.
 */
final class Buf {
  private byte[] b = new byte[4096];
  private int n;
  /** Per nesting level: 1 when the next member needs a leading comma. */
  private final byte[] comma = new byte[32];
  private int depth;

  int length() {
    return n;
  }

  void clear() {
    n = 0;
    depth = 0;
  }

  /** Drops the bytes written so far but keeps the JSON nesting, to stream a long document in parts. */
  void clearBytes() {
    n = 0;
  }

  byte[] array() {
    return b;
  }

  byte[] copy() {
    return Arrays.copyOf(b, n);
  }

  void writeTo(OutputStream out) throws IOException {
    out.write(b, 0, n);
  }

  private void room(int extra) {
    if (n + extra > b.length) {
      b = Arrays.copyOf(b, Math.max(b.length * 2, n + extra));
    }
  }

  Buf ch(char c) {
    room(1);
    b[n++] = (byte) c;
    return this;
  }

  Buf bytes(byte[] src, int off, int len) {
    room(len);
    System.arraycopy(src, off, b, n, len);
    n += len;
    return this;
  }

  /** Text as UTF-8, unescaped (access-log fields). */
  Buf text(String s) {
    int len = s.length();
    room(len * 3);
    for (int i = 0; i < len; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        b[n++] = (byte) c;
      } else {
        utf8(s, i, c);
        if (Character.isHighSurrogate(c)) {
          i++;
        }
      }
    }
    return this;
  }

  private void utf8(String s, int i, char c) {
    if (c < 0x800) {
      b[n++] = (byte) (0xc0 | (c >> 6));
      b[n++] = (byte) (0x80 | (c & 0x3f));
    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
      int cp = Character.toCodePoint(c, s.charAt(i + 1));
      room(4);
      b[n++] = (byte) (0xf0 | (cp >> 18));
      b[n++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
      b[n++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
      b[n++] = (byte) (0x80 | (cp & 0x3f));
    } else {
      b[n++] = (byte) (0xe0 | (c >> 12));
      b[n++] = (byte) (0x80 | ((c >> 6) & 0x3f));
      b[n++] = (byte) (0x80 | (c & 0x3f));
    }
  }

  Buf num(long v) {
    if (v == Long.MIN_VALUE) {
      return text(Long.toString(v));
    }
    room(20);
    if (v < 0) {
      b[n++] = '-';
      v = -v;
    }
    if (v == 0) {
      b[n++] = '0';
      return this;
    }
    int start = n;
    while (v > 0) {
      b[n++] = (byte) ('0' + (v % 10));
      v /= 10;
    }
    for (int i = start, j = n - 1; i < j; i++, j--) {
      byte t = b[i];
      b[i] = b[j];
      b[j] = t;
    }
    return this;
  }

  /** A number left-padded with zeros to {@code width} digits. */
  Buf pad(long v, int width) {
    room(width);
    for (int i = width - 1; i >= 0; i--) {
      b[n + i] = (byte) ('0' + (v % 10));
      v /= 10;
    }
    n += width;
    return this;
  }

  /** A JSON string literal, quotes included; {@code null} writes {@code null}. */
  Buf str(String s) {
    if (s == null) {
      return text("null");
    }
    int len = s.length();
    room(len * 6 + 2);
    // Fast path: the JDK's own UTF-8 encoding (a copy for ASCII text), unless something needs escaping.
    byte[] u = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    boolean plain = true;
    for (byte c : u) {
      if (c >= 0 && c < 0x20 || c == '"' || c == '\\') {
        plain = false;
        break;
      }
    }
    if (plain) {
      room(u.length + 2);
      b[n++] = '"';
      System.arraycopy(u, 0, b, n, u.length);
      n += u.length;
      b[n++] = '"';
      return this;
    }
    b[n++] = '"';
    for (int i = 0; i < len; i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b[n++] = '\\';
        b[n++] = (byte) c;
      } else if (c < 0x20) {
        escape(c);
      } else if (c < 0x80) {
        b[n++] = (byte) c;
      } else {
        utf8(s, i, c);
        if (Character.isHighSurrogate(c)) {
          i++;
        }
      }
    }
    b[n++] = '"';
    return this;
  }

  private void escape(char c) {
    switch (c) {
      case '\n' -> { b[n++] = '\\'; b[n++] = 'n'; }
      case '\r' -> { b[n++] = '\\'; b[n++] = 'r'; }
      case '\t' -> { b[n++] = '\\'; b[n++] = 't'; }
      default -> {
        String h = Integer.toHexString(c);
        b[n++] = '\\';
        b[n++] = 'u';
        for (int k = h.length(); k < 4; k++) {
          b[n++] = '0';
        }
        for (int k = 0; k < h.length(); k++) {
          b[n++] = (byte) h.charAt(k);
        }
      }
    }
  }

  // ---- JSON structure ----

  Buf open() {
    ch('{');
    comma[++depth] = 0;
    return this;
  }

  Buf close() {
    depth--;
    return ch('}');
  }

  Buf openArr() {
    ch('[');
    comma[++depth] = 0;
    return this;
  }

  Buf closeArr() {
    depth--;
    return ch(']');
  }

  /** Starts the next member or element: a comma when one is due. */
  private void next() {
    if (comma[depth] != 0) {
      ch(',');
    } else {
      comma[depth] = 1;
    }
  }

  /** Keys as {@code "key":} bytes: records repeat the same few hundred keys millions of times. */
  private static final java.util.concurrent.ConcurrentHashMap<String, byte[]> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

  Buf key(String k) {
    next();
    byte[] kb = KEYS.get(k);
    if (kb == null) {
      kb = ("\"" + k + "\":").getBytes(java.nio.charset.StandardCharsets.UTF_8);
      KEYS.putIfAbsent(k, kb);
    }
    room(kb.length);
    System.arraycopy(kb, 0, b, n, kb.length);
    n += kb.length;
    return this;
  }

  Buf s(String k, String v) {
    return key(k).str(v);
  }

  Buf n(String k, long v) {
    return key(k).num(v);
  }

  Buf b(String k, boolean v) {
    return key(k).text(v ? "true" : "false");
  }

  Buf nul(String k) {
    return key(k).text("null");
  }

  /** A member whose value is already JSON text. */
  Buf raw(String k, String json) {
    return key(k).text(json);
  }

  Buf obj(String k) {
    return key(k).open();
  }

  Buf arr(String k) {
    return key(k).openArr();
  }

  /** An array element: a string. */
  Buf el(String v) {
    next();
    return str(v);
  }

  Buf elNum(long v) {
    next();
    return num(v);
  }

  /** An array element: an object, opened. */
  Buf elObj() {
    next();
    return open();
  }

  /** A decimal with {@code digits} fraction digits (e.g. latitude), from a scaled integer. */
  Buf dec(String k, long scaled, int digits) {
    key(k);
    if (scaled < 0) {
      ch('-');
      scaled = -scaled;
    }
    long pow = 1;
    for (int i = 0; i < digits; i++) {
      pow *= 10;
    }
    num(scaled / pow).ch('.').pad(scaled % pow, digits);
    return this;
  }
}
