package io.bulkhead.source;

import io.bulkhead.event.Origin;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes UTF-8 text lines with a {@link LineParser}; a line that is not valid UTF-8 is a reject. */
record TextDecoder(LineParser parser) implements Decoder {

  @Override
  public LogFormat format() {
    return parser.format();
  }

  @Override
  public void decode(byte[] buf, int off, int len, long line, ReadContext ctx, Out out) {
    String text;
    try {
      text = utf8(buf, off, len);
    } catch (CharacterCodingException e) {
      out.reject(line, "not valid UTF-8 text");
      return;
    }
    if (text.isBlank()) {
      return;
    }
    try {
      out.event(parser.parse(text, new Origin(ctx.file(), line, 0), ctx));
    } catch (BadRecord e) {
      out.reject(line, e.getMessage());
    }
  }

  /** Strict UTF-8: ASCII lines (nearly all log lines) take the fast path. */
  static String utf8(byte[] buf, int off, int len) throws CharacterCodingException {
    for (int i = off; i < off + len; i++) {
      if (buf[i] < 0) {
        return StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(buf, off, len))
            .toString();
      }
    }
    return new String(buf, off, len, StandardCharsets.ISO_8859_1);
  }

}
