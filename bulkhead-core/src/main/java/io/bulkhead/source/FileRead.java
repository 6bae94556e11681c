package io.bulkhead.source;

import io.bulkhead.event.Event;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.zip.ZipException;

/**
 * Reads one input: opens it, recognises its format from the first frame, then decodes frames on
 * the pool while handing finished batches to the sink in order. At most a few frames are in
 * flight, so memory does not grow with the file.
 */
final class FileRead {
  private final LogReader r;
  private final Inputs.Input in;
  private final ExecutorService pool;
  private final EventSink sink;
  private final ArrayDeque<Future<Batch>> inflight = new ArrayDeque<>();
  private final int maxInflight;
  /** The sink's worker stage, run only on events the time window keeps; null for plain sinks. */
  private final java.util.function.Function<Event, Object> stage;
  private LogFormat format;
  private long events;
  private long rejects;
  private long withoutTime;
  private long outside;

  FileRead(LogReader r, Inputs.Input in, ExecutorService pool, EventSink sink) {
    this.r = r;
    this.in = in;
    this.pool = pool;
    this.sink = sink;
    this.maxInflight = 2 * r.threads + 1;
    this.stage = sink instanceof StagedSink<?> st
        ? e -> r.inWindow(e.time()) ? st.prepare(e) : null
        : null;
  }

  FileSummary run() {
    Framer framer = null;
    try (InputStream raw = in.isStdin() ? nonClosing(r.stdin) : Files.newInputStream(in.path());
        InputStream data = Opened.decompressing(raw)) {
      framer = new Framer(data, r.maxLineBytes);
      read(framer, data);
    } catch (Opened.Unsupported e) {
      reject(0, e.getMessage());
    } catch (IOException e) {
      drain();
      long line = framer == null ? 0 : framer.nextLine();
      reject(line, readFailure(e));
    } catch (RuntimeException e) {
      drain();
      reject(framer == null ? 0 : framer.nextLine(), "internal error while reading: " + e);
    }
    drain();
    return new FileSummary(in.name(), format, events, rejects, withoutTime, outside);
  }

  private void read(Framer framer, InputStream data) throws IOException {
    ReadContext ctx = new ReadContext(in.name(), r.zone);
    Framer.Frame f = framer.next();
    while (f instanceof Framer.Oversized o) {
      oversized(o);
      f = framer.next();
    }
    if (f == null) {
      return;
    }
    Framer.Lines head = (Framer.Lines) f;
    Sniffer.Verdict v = verdict(head);
    switch (v) {
      case Sniffer.Unrecognised u -> reject(0, u.reason());
      case Sniffer.Document d -> document(head, data, ctx);
      case Sniffer.Known k -> {
        format = k.decoder().format();
        lines(head, framer, k.decoder(), ctx);
      }
    }
  }

  private Sniffer.Verdict verdict(Framer.Lines head) {
    LogFormat forced = r.overrideFor(in);
    Sniffer.Verdict sniffed = r.sniffer.sniff(head.data(), head.len(), in.name());
    if (forced == null) {
      return sniffed;
    }
    if (forced.isJson() && sniffed instanceof Sniffer.Document) {
      return sniffed;
    }
    return new Sniffer.Known(r.formats.decoder(forced));
  }

  private void lines(Framer.Lines head, Framer framer, Decoder decoder, ReadContext ctx) throws IOException {
    submit(head, decoder, ctx);
    Framer.Frame f;
    while ((f = nextFrame(framer)) != null) {
      switch (f) {
        case Framer.Lines l -> submit(l, decoder, ctx);
        case Framer.Oversized o -> {
          Batch b = new Batch(in.name());
          b.reject(o.line(), oversizeReason(o));
          enqueue(CompletableFuture.completedFuture(b));
        }
      }
    }
  }

  /**
   * The next frame; before waiting on a live input, everything read so far is decoded and handed
   * over, so that a match in a piped stream is reported when its line arrives.
   */
  private Framer.Frame nextFrame(Framer framer) throws IOException {
    if (framer.waiting()) {
      drain();
      sink.caughtUp();
    }
    return framer.next();
  }

  private void document(Framer.Lines head, InputStream rest, ReadContext ctx) throws IOException {
    LogFormat forced = r.overrideFor(in);
    Decoder.Out out = new Decoder.Out() {
      @Override
      public void event(Event e) {
        deliver(e);
      }

      @Override
      public void reject(long line, String reason) {
        FileRead.this.reject(line, reason);
      }
    };
    DocumentReader doc = new DocumentReader(r.mapper,
        first -> forced != null ? r.formats.jsonDecoder(forced) : r.sniffer.classify(java.util.List.of(first)),
        ctx, out);
    InputStream all = new SequenceInputStream(new ByteArrayInputStream(head.data(), 0, head.len()), rest);
    doc.read(all);
    format = doc.format() != null ? doc.format() : forced;
  }

  private void submit(Framer.Lines l, Decoder decoder, ReadContext ctx) {
    enqueue(pool.submit(() -> Batch.decode(l, decoder, ctx, stage)));
  }

  private void enqueue(Future<Batch> f) {
    inflight.addLast(f);
    while (inflight.size() >= maxInflight) {
      deliver(inflight.removeFirst());
    }
  }

  private void drain() {
    while (!inflight.isEmpty()) {
      deliver(inflight.removeFirst());
    }
  }

  private void deliver(Future<Batch> f) {
    Batch b;
    try {
      b = f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading " + in.name(), e);
    } catch (ExecutionException e) {
      reject(0, "internal error while decoding: " + e.getCause());
      return;
    }
    for (Object o : b.items()) {
      switch (o) {
        case Event e -> deliver(e);
        case Batch.Staged st -> deliver(st.event(), st.prepared(), true);
        case Reject j -> reject(j);
        default -> throw new IllegalStateException("unexpected batch item " + o);
      }
    }
  }

  private void deliver(Event e) {
    deliver(e, null, false);
  }

  @SuppressWarnings("unchecked")
  private void deliver(Event e, Object prepared, boolean staged) {
    if (e.time() == null) {
      withoutTime++;
    }
    if (!r.inWindow(e.time())) {
      outside++;
      return;
    }
    events++;
    if (staged) {
      ((StagedSink<Object>) sink).event(e, prepared);
    } else {
      sink.event(e);
    }
  }

  private void reject(long line, String reason) {
    reject(new Reject(in.name(), line, reason));
  }

  private void reject(Reject j) {
    rejects++;
    sink.reject(j);
  }

  private void oversized(Framer.Oversized o) {
    reject(o.line(), oversizeReason(o));
  }

  private String oversizeReason(Framer.Oversized o) {
    return "line of " + o.bytes() + " bytes exceeds the limit of " + r.maxLineBytes
        + " bytes (--max-line-bytes); skipped";
  }

  private static String readFailure(IOException e) {
    if (e instanceof EOFException || e instanceof ZipException) {
      return "compressed data is truncated or corrupt (" + e.getMessage() + "); the lines before were read";
    }
    return "read failed: " + e.getMessage();
  }

  /** Standard input must stay open for whoever reads it next. */
  private static InputStream nonClosing(InputStream s) {
    return new java.io.FilterInputStream(s) {
      @Override
      public void close() {}
    };
  }
}
