package io.bulkhead.bench;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JSON parsers the reader could use, on the same in-memory NDJSON: one operation parses every line
 * of a 1 MiB frame (as a reader worker does) and extracts the fields the format's normaliser reads.
 * Throughput is single-threaded; {@link JmhCommand} turns operations per second into MB/s.
 *
 * <p>Not final, and its fields public: JMH subclasses the class and sets {@code @Param} fields.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class JsonParseBench {
  @Param({"okta", "cloudtrail"})
  public String format;

  private NdjsonCorpus corpus;
  private JacksonParsers jackson;
  private SimdParsers simd;
  /** Why simdjson-java cannot run here, or null when it can. */
  private String simdUnavailable;

  @Setup
  public void setUp() throws IOException {
    FieldSet set = FieldSet.of(format);
    corpus = NdjsonCorpus.of(set.format());
    jackson = new JacksonParsers(set);
    try {
      simd = new SimdParsers(set, corpus.longestLine());
    } catch (LinkageError | RuntimeException e) {
      // Reported by the simdjson benchmarks themselves, so that the Jackson ones still run.
      simdUnavailable = "simdjson-java cannot run: " + e;
    }
    verify();
  }

  @Benchmark
  public void jacksonTree(Blackhole bh) throws IOException {
    byte[] d = corpus.data();
    for (int i = 0; i < corpus.lines(); i++) {
      bh.consume(jackson.tree(d, corpus.starts()[i], corpus.lengths()[i]));
    }
  }

  @Benchmark
  public void jacksonStreaming(Blackhole bh) throws IOException {
    byte[] d = corpus.data();
    for (int i = 0; i < corpus.lines(); i++) {
      bh.consume(jackson.streaming(d, corpus.starts()[i], corpus.lengths()[i]));
    }
  }

  @Benchmark
  public void simdjsonTape(Blackhole bh) {
    SimdParsers p = simd();
    byte[] d = corpus.data();
    for (int i = 0; i < corpus.lines(); i++) {
      bh.consume(p.tape(d, corpus.starts()[i], corpus.lengths()[i]));
    }
  }

  @Benchmark
  public void simdjsonSchema(Blackhole bh) {
    SimdParsers p = simd();
    byte[] d = corpus.data();
    for (int i = 0; i < corpus.lines(); i++) {
      bh.consume(p.schema(d, corpus.starts()[i], corpus.lengths()[i]));
    }
  }

  /** Why simdjson-java cannot run in this JVM, or null when it can. */
  String simdUnavailable() {
    return simdUnavailable;
  }

  private SimdParsers simd() {
    if (simd == null) {
      throw new IllegalStateException(simdUnavailable);
    }
    return simd;
  }

  /**
   * Every parser must extract the same values from every line, or the comparison would reward one
   * that skips work.
   */
  void verify() throws IOException {
    byte[] d = corpus.data();
    for (int i = 0; i < corpus.lines(); i++) {
      int off = corpus.starts()[i];
      int len = corpus.lengths()[i];
      String[] expected = jackson.tree(d, off, len);
      same("jacksonStreaming", i, expected, jackson.streaming(d, off, len));
      if (simd != null) {
        same("simdjsonTape", i, expected, simd.tape(d, off, len));
        same("simdjsonSchema", i, expected, simd.schema(d, off, len).fields());
      }
    }
  }

  private void same(String parser, int line, String[] expected, String[] actual) {
    if (!Arrays.equals(expected, actual)) {
      throw new IllegalStateException(parser + " disagrees with jacksonTree on " + format + " line " + (line + 1)
          + ": " + Arrays.toString(actual) + " vs " + Arrays.toString(expected));
    }
  }
}
