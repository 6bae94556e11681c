package io.bulkhead.bench;

import io.bulkhead.event.Event;
import io.bulkhead.source.EventSink;
import io.bulkhead.source.FileSummary;
import io.bulkhead.source.LogReader;
import io.bulkhead.source.ReadSummary;
import io.bulkhead.source.Reject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Bulkhead's read+normalise of one file, in this process, timed and heap-watched. */
final class BulkheadRun {
  private final int threads;

  BulkheadRun(int threads) {
    this.threads = threads;
  }

  /**
   * Reads {@code file} and checks that it was recognised as {@code expected} without rejects, so
   * that a fast but wrong read is never reported as a result.
   */
  Result run(Path file, BenchFormat expected, long bytes) {
    LogReader reader = LogReader.builder().threads(threads).build();
    CountingSink sink = new CountingSink();
    // Start from a collected heap so that the previous run's garbage is not counted in this one.
    System.gc();
    HeapWatch watch = HeapWatch.start();
    long t0 = System.nanoTime();
    ReadSummary summary = reader.read(List.of(file.toString()), sink);
    double secs = (System.nanoTime() - t0) / 1e9;
    HeapWatch.Peak heap = watch.stop();
    check(summary, sink, expected, file);
    return new Result("bulkhead", secs, bytes, sink.events, heap);
  }

  private static void check(ReadSummary s, CountingSink sink, BenchFormat expected, Path file) {
    FileSummary f = s.files().get(0);
    if (f.format() != expected.logFormat()) {
      throw new IllegalStateException(file + " was read as " + f.format() + ", expected " + expected.logFormat());
    }
    if (s.rejects() != 0) {
      throw new IllegalStateException(file + ": " + s.rejects() + " rejects, first: " + sink.firstReject);
    }
    if (sink.events != s.events() || sink.withoutTime != 0) {
      throw new IllegalStateException(file + ": sink saw " + sink.events + " events (" + sink.withoutTime
          + " without time), summary says " + s.line());
    }
  }

  /**
   * Counts events and folds a little of each into a checksum, so that the JIT cannot drop the
   * normalisation work as unused; the work is trivial next to reading.
   */
  private static final class CountingSink implements EventSink {
    long events;
    long withoutTime;
    long checksum;
    Reject firstReject;

    @Override
    public void event(Event e) {
      events++;
      Instant t = e.time();
      if (t == null) {
        withoutTime++;
      } else {
        checksum += t.getNano() ^ t.getEpochSecond();
      }
      String action = e.action();
      checksum += action == null ? 0 : action.length();
    }

    @Override
    public void reject(Reject r) {
      if (firstReject == null) {
        firstReject = r;
      }
    }
  }
}
