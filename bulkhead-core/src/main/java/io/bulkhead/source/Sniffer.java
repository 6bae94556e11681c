package io.bulkhead.source;

import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.bulkhead.event.Event;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Recognises a file's format from its first lines. JSON records vote by their keys; text lines by
 * which parser reads the most of them. A file whose first JSON value spans several lines is read
 * as a document (pretty-printed arrays and objects), its format told by its first record.
 */
final class Sniffer {
  static final int MAX_LINES = 32;
  private static final int RECORDS_PER_LINE = 8;
  private static final int BINARY_PROBE = 8192;

  sealed interface Verdict permits Known, Document, Unrecognised {}

  /** A line-oriented file of this format. */
  record Known(Decoder decoder) implements Verdict {}

  /** A JSON document spanning lines; format to be told from its records. */
  record Document() implements Verdict {}

  /** Not a format Bulkhead reads; the reason says why. */
  record Unrecognised(String reason) implements Verdict {}

  private final Formats formats;
  private final ObjectReader reader;

  Sniffer(Formats formats, ObjectReader reader) {
    this.formats = formats;
    this.reader = reader;
  }

  Verdict sniff(byte[] head, int len, String file) {
    String binary = binary(head, len);
    if (binary != null) {
      return new Unrecognised(binary);
    }
    List<int[]> lines = lines(head, len);
    if (lines.isEmpty()) {
      return new Known(formats.decoder(LogFormat.JSON));
    }
    int[] first = lines.get(0);
    byte c = head[first[0]];
    if (c == '{' || c == '[') {
      Verdict v = sniffJson(head, lines);
      // A Confluence access line starts with '[' too: JSON that never parses is tried as text.
      if (v != null) {
        return v;
      }
    }
    return sniffText(head, lines, file);
  }

  /** The JSON verdict, or null when not one line parses as JSON. */
  private Verdict sniffJson(byte[] head, List<int[]> lines) {
    List<JsonNode> records = new ArrayList<>();
    int parsed = 0;
    for (int i = 0; i < lines.size(); i++) {
      int[] l = lines.get(i);
      try {
        JsonNode root = reader.readTree(head, l[0], l[1]);
        collect(root, records);
        parsed++;
      } catch (JsonEOFException e) {
        if (i == 0) {
          return new Document();
        }
      } catch (IOException e) {
        // A malformed line among good ones does not decide the format; it is rejected later.
      }
    }
    return parsed == 0 ? null : new Known(classify(records));
  }

  private static void collect(JsonNode root, List<JsonNode> out) {
    JsonNode recs = Envelope.records(root, Envelope.ALL);
    if (recs == null) {
      out.add(root);
      return;
    }
    for (int i = 0; i < Math.min(recs.size(), RECORDS_PER_LINE); i++) {
      out.add(recs.get(i));
    }
  }

  /** The JSON decoder most of the records look like; the generic one when none does. */
  JsonDecoder classify(List<JsonNode> records) {
    Map<LogFormat, Integer> votes = new EnumMap<>(LogFormat.class);
    for (JsonNode r : records) {
      if (!r.isObject()) {
        continue;
      }
      for (JsonDecoder d : formats.json()) {
        if (d.format() != LogFormat.JSON && d.normaliser().looksLike(r)) {
          votes.merge(d.format(), 1, Integer::sum);
          break;
        }
      }
    }
    LogFormat best = LogFormat.JSON;
    int most = 0;
    for (JsonDecoder d : formats.json()) {
      int v = votes.getOrDefault(d.format(), 0);
      if (v > most) {
        most = v;
        best = d.format();
      }
    }
    return formats.jsonDecoder(best);
  }

  private Verdict sniffText(byte[] head, List<int[]> lines, String file) {
    ReadContext ctx = new ReadContext(file, ZoneOffset.UTC);
    TextDecoder best = null;
    int most = 0;
    for (TextDecoder d : formats.text()) {
      int ok = 0;
      for (int[] l : lines) {
        ok += parses(d, head, l, ctx) ? 1 : 0;
      }
      if (ok > most) {
        most = ok;
        best = d;
      }
    }
    if (best != null) {
      return new Known(best);
    }
    int[] l = lines.get(0);
    String firstLine = new String(head, l[0], Math.min(l[1], 120), StandardCharsets.UTF_8);
    return new Unrecognised("not a log format Bulkhead recognises (first line: '"
        + Strings.clip(firstLine, 100) + "'); name it with --format-of");
  }

  private static boolean parses(TextDecoder d, byte[] head, int[] l, ReadContext ctx) {
    boolean[] ok = {false};
    d.decode(head, l[0], l[1], 1, ctx, new Decoder.Out() {
      @Override
      public void event(Event e) {
        ok[0] = true;
      }

      @Override
      public void reject(long line, String reason) {}
    });
    return ok[0];
  }

  /**
   * Why the head looks binary, or null. A NUL in the first line, or control bytes making up more
   * than a tenth of the probe, mean binary; a stray NUL further down is one bad line, rejected
   * on its own, and does not cost the file's good lines.
   */
  static String binary(byte[] b, int len) {
    int n = Math.min(len, BINARY_PROBE);
    int control = 0;
    boolean firstLine = true;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xff;
      if (c == '\n') {
        firstLine = false;
      } else if (c == 0 && firstLine) {
        return "binary content (NUL byte at offset " + i + "), not a text log";
      } else if (c < 0x09 || (c > 0x0d && c < 0x20 && c != 0x1b)) {
        control++;
      }
    }
    return control * 10 > n ? "binary content (" + control + " control bytes in the first " + n + "), not a text log" : null;
  }

  /** Offsets and lengths of the first non-blank lines, BOM and CR removed. */
  static List<int[]> lines(byte[] b, int len) {
    List<int[]> out = new ArrayList<>();
    int start = Lines.skipBom(b, 0, len);
    while (start < len && out.size() < MAX_LINES) {
      int end = start;
      while (end < len && b[end] != '\n') {
        end++;
      }
      int stop = Lines.trimEnd(b, start, end);
      int s = Lines.skipSpace(b, start, stop);
      if (s < stop) {
        out.add(new int[] {s, stop - s});
      }
      start = end + 1;
    }
    return out;
  }
}
