package io.bulkhead.source;

import io.bulkhead.event.Event;
import java.util.ArrayList;
import java.util.List;

/** What a worker decoded from one frame: events and rejects in line order. */
final class Batch implements Decoder.Out {
  /** An event with what the sink's worker stage computed for it. */
  record Staged(Event event, Object prepared) {}

  private final String file;
  private final java.util.function.Function<Event, Object> stage;
  private final List<Object> items = new ArrayList<>();

  Batch(String file) {
    this(file, null);
  }

  /** @param stage the sink's worker stage, or null */
  Batch(String file, java.util.function.Function<Event, Object> stage) {
    this.file = file;
    this.stage = stage;
  }

  @Override
  public void event(Event e) {
    items.add(stage == null ? e : new Staged(e, stage.apply(e)));
  }

  @Override
  public void reject(long line, String reason) {
    items.add(new Reject(file, line, reason));
  }

  List<Object> items() {
    return items;
  }

  /** Decodes every non-blank line of a frame. */
  static Batch decode(Framer.Lines frame, Decoder decoder, ReadContext ctx,
      java.util.function.Function<Event, Object> stage) {
    Batch b = new Batch(ctx.file(), stage);
    byte[] d = frame.data();
    int len = frame.len();
    long line = frame.firstLine();
    int pos = 0;
    while (pos < len) {
      int nl = pos;
      while (nl < len && d[nl] != '\n') {
        nl++;
      }
      int s = line == 1 ? Lines.skipBom(d, pos, nl) : pos;
      int e = Lines.trimEnd(d, s, nl);
      s = Lines.skipSpace(d, s, e);
      if (s < e) {
        decoder.decode(d, s, e - s, line, ctx, b);
      }
      line++;
      pos = nl + 1;
    }
    return b;
  }
}
