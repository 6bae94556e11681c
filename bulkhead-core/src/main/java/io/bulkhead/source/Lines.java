package io.bulkhead.source;

/** Byte-level helpers for splitting frames into lines. */
final class Lines {
  private Lines() {}

  /** Skips a UTF-8 byte-order mark at {@code off}. */
  static int skipBom(byte[] b, int off, int end) {
    if (end - off >= 3 && (b[off] & 0xff) == 0xef && (b[off + 1] & 0xff) == 0xbb && (b[off + 2] & 0xff) == 0xbf) {
      return off + 3;
    }
    return off;
  }

  /** The end of the line without trailing CR, spaces and tabs. */
  static int trimEnd(byte[] b, int start, int end) {
    while (end > start && (b[end - 1] == '\r' || b[end - 1] == ' ' || b[end - 1] == '\t')) {
      end--;
    }
    return end;
  }

  static int skipSpace(byte[] b, int start, int end) {
    while (start < end && (b[start] == ' ' || b[start] == '\t')) {
      start++;
    }
    return start;
  }
}
