package io.bulkhead.ioc;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads an indicator file ({@code --iocs}) in whichever format it is written, told from its content:
 *
 * <ul>
 *   <li>JSON with {@code "type": "bundle"}: a STIX 2.1 bundle ({@code stix});
 *   <li>JSON with {@code Event}, {@code Attribute} or {@code response}: MISP ({@code misp});
 *   <li>a Markdown table whose header names an indicator column, over a {@code |---|} row
 *       ({@code markdown});
 *   <li>a first line that is a CSV header with {@code indicator} and {@code type} columns
 *       ({@code csv});
 *   <li>Loki/THOR simple IOC files: a name containing {@code filename} ({@code loki-filename}), a name
 *       containing {@code hash} or a first line {@code HASH;...} ({@code loki-hash}), a name with the
 *       word {@code c2} ({@code loki-c2});
 *   <li>otherwise plain text, one indicator a line ({@code text}).
 * </ul>
 *
 * <p>Defanged values ({@code 193.142.58[.]126}, {@code hxxps://}) are refanged in the text formats;
 * types not given are guessed. Nothing in a file makes reading fail: what cannot be read becomes an
 * {@link IndicatorProblem} with its line, and the rest is read. The same (type, value) is kept once,
 * with its first origin and first description.
 */
public final class IndicatorFile {
  /** Indicator lists are small; a larger file is more likely a log given by mistake. */
  static final long MAX_BYTES = 64L << 20;

  private IndicatorFile() {}

  /**
   * Reads {@code file}: UTF-8 (a byte-order mark skipped), or UTF-16 when it starts with a UTF-16
   * byte-order mark or looks like UTF-16 text without one. Bytes that are not UTF-8 are replaced and
   * reported as a problem.
   *
   * @throws IOException when the file cannot be read, or is larger than 64 MiB
   */
  public static IndicatorList read(Path file) throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) MAX_BYTES + 1);
    }
    if (bytes.length > MAX_BYTES) {
      throw new IOException(file + " is larger than 64 MiB; an indicator file that large is refused");
    }
    String name = file.toString();
    Charset charset = charset(bytes);
    int skip = bom(bytes, charset);
    String text;
    boolean replaced = false;
    try {
      text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
    } catch (CharacterCodingException e) {
      text = new String(bytes, skip, bytes.length - skip, charset);
      replaced = true;
    }
    IndicatorList list = parse(name, text);
    if (!replaced) {
      return list;
    }
    List<IndicatorProblem> problems = new ArrayList<>();
    problems.add(new IndicatorProblem(name, 1, "not valid " + charset.name() + "; bad bytes were replaced with U+FFFD"));
    problems.addAll(list.problems());
    return new IndicatorList(list.format(), list.indicators(), problems);
  }

  /**
   * Reads {@code text}, the content of the file named {@code name} (used in origins and problems,
   * and to tell Loki files apart).
   */
  public static IndicatorList parse(String name, String text) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    IndicatorSink sink = new IndicatorSink(name);
    char first = firstChar(t);
    if (first == '{' || first == '[') {
      IndicatorList json = json(t, first, sink);
      if (json != null) {
        return json;
      }
    }
    List<String> lines = IndicatorSink.lines(t);
    if (MarkdownIndicators.accepts(lines)) {
      MarkdownIndicators.read(lines, sink);
      return sink.result("markdown");
    }
    char delimiter = CsvIndicators.delimiter(lines);
    if (delimiter != 0) {
      CsvIndicators.read(t, delimiter, sink);
      return sink.result("csv");
    }
    String loki = LokiIndicators.kind(name, lines);
    if (loki != null) {
      LokiIndicators.read(loki, name, lines, sink);
      return sink.result(loki);
    }
    TextIndicators.read(lines, sink);
    return sink.result("text");
  }

  /** STIX or MISP; null when text starting with '[' is not JSON after all (an IPv6 in brackets). */
  private static IndicatorList json(String text, char first, IndicatorSink sink) {
    IndicatorJson.Document doc;
    try {
      doc = IndicatorJson.parse(text);
    } catch (IOException e) {
      if (first == '[') {
        return null;
      }
      long line = e instanceof JsonProcessingException j && j.getLocation() != null ? j.getLocation().getLineNr() : 1;
      String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
      sink.problem(line, "not valid JSON: " + message);
      return sink.result("json");
    }
    if (doc.trailingLine() > 0) {
      sink.problem(doc.trailingLine(), "content after the JSON document is ignored");
    }
    if (StixIndicators.accepts(doc.root())) {
      StixIndicators.read(doc, sink);
      return sink.result("stix");
    }
    if (MispIndicators.accepts(doc.root())) {
      MispIndicators.read(doc, sink);
      return sink.result("misp");
    }
    sink.problem(doc.line(doc.root()), "JSON that is neither a STIX 2.1 bundle (\"type\": \"bundle\")"
        + " nor a MISP event (\"Event\" or \"Attribute\")");
    return sink.result("json");
  }

  private static char firstChar(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (!Character.isWhitespace(t.charAt(i))) {
        return t.charAt(i);
      }
    }
    return 0;
  }

  /** UTF-16 when a UTF-16 byte-order mark says so, or when the first characters are ASCII with NULs between. */
  private static Charset charset(byte[] b) {
    if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      return StandardCharsets.UTF_16LE;
    }
    int pairs = Math.min(b.length / 2, 32);
    boolean le = pairs > 0;
    boolean be = pairs > 0;
    for (int i = 0; i < pairs; i++) {
      le &= b[2 * i] != 0 && b[2 * i + 1] == 0;
      be &= b[2 * i] == 0 && b[2 * i + 1] != 0;
    }
    return le ? StandardCharsets.UTF_16LE : be ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_8;
  }

  private static int bom(byte[] b, Charset charset) {
    if (charset == StandardCharsets.UTF_8) {
      return b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf ? 3 : 0;
    }
    int mark = b.length >= 2 ? (b[0] & 0xff) << 8 | (b[1] & 0xff) : 0;
    return mark == 0xfeff || mark == 0xfffe ? 2 : 0;
  }
}
