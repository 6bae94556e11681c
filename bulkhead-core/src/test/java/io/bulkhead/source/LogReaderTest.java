package io.bulkhead.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulkhead.event.Event;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reader as a whole: inputs, compression, recognition, envelopes, bad input, order. */
final class LogReaderTest {
  private static final String OKTA = "{\"uuid\":\"u%d\",\"published\":\"2023-11-14T09:22:%02d.000Z\","
      + "\"eventType\":\"user.session.start\",\"actor\":{\"alternateId\":\"a%d@example.com\"},"
      + "\"outcome\":{\"result\":\"FAILURE\"},\"client\":{\"ipAddress\":\"193.142.58.126\"}}";

  @TempDir Path dir;

  private static String okta(int i) {
    return String.format(java.util.Locale.ROOT, OKTA, i, i % 60, i);
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(b)) {
      g.write(data);
    }
    return b.toByteArray();
  }

  /**
   * A live pipe on standard input: the events of the lines written so far reach the sink, and
   * the sink hears it has caught up, while the writer is still open.
   */
  @Test
  void read_deliversALivePipesLinesBeforeItCloses() throws Exception {
    java.io.PipedOutputStream writer = new java.io.PipedOutputStream();
    java.io.PipedInputStream pipe = new java.io.PipedInputStream(writer, 1 << 16);
    java.util.concurrent.BlockingQueue<String> seen = new java.util.concurrent.LinkedBlockingQueue<>();
    LogReader reader = LogReader.builder().stdin(pipe).threads(2).build();
    Thread reading = new Thread(() -> reader.read(List.of("-"), new EventSink() {
      @Override
      public void event(Event e) {
        seen.add("event " + e.source().line());
      }

      @Override
      public void reject(Reject r) {
        seen.add("reject " + r);
      }

      @Override
      public void caughtUp() {
        seen.add("caught up");
      }
    }));
    reading.start();
    writer.write((okta(1) + "\n" + okta(2) + "\n").getBytes(StandardCharsets.UTF_8));
    writer.flush();
    // The timeouts only guard against a hang: the events come as soon as the lines are read.
    java.util.concurrent.TimeUnit s = java.util.concurrent.TimeUnit.SECONDS;
    List<String> first = new java.util.ArrayList<>();
    while (first.size() < 8 && !(first.contains("event 2") && "caught up".equals(first.get(first.size() - 1)))) {
      first.add(seen.poll(30, s));
    }
    // The pipe may hand the two lines over in one read or two: a caught-up between them is fine.
    assertThat(first.stream().filter(x -> !"caught up".equals(x))).containsExactly("event 1", "event 2");
    writer.write((okta(3) + "\n").getBytes(StandardCharsets.UTF_8));
    writer.flush();
    assertThat(seen.poll(30, s)).isEqualTo("event 3");
    writer.close();
    reading.join(30_000);
    assertThat(reading.isAlive()).isFalse();
  }

  @Test
  void read_walksDirectoriesInNameOrder() throws IOException {
    write("b/two.json", okta(2) + "\n");
    write("a/one.json", okta(1) + "\n");
    Collected c = Collected.read(dir.toString());
    assertThat(c.events).extracting(e -> e.actor().name()).containsExactly("a1@example.com", "a2@example.com");
    assertThat(c.events.get(0).source().file()).isEqualTo(dir + "/a/one.json");
  }

  @Test
  void read_reportsAMissingInputAndGoesOn() throws IOException {
    Path ok = write("ok.json", okta(1) + "\n");
    Collected c = Collected.read(dir.resolve("nope.json").toString(), ok.toString());
    assertThat(c.rejects).singleElement().satisfies(r -> assertThat(r.reason()).contains("no such file"));
    assertThat(c.events).hasSize(1);
  }

  @Test
  void read_decompressesGzipWhateverItsName() throws IOException {
    Path p = dir.resolve("okta.log");
    Files.write(p, gzip((okta(1) + "\n" + okta(2) + "\n").getBytes(StandardCharsets.UTF_8)));
    Collected c = Collected.read(p.toString());
    assertThat(c.events).hasSize(2);
    assertThat(c.events.get(1).source().line()).isEqualTo(2);
    assertThat(c.events.get(1).source().file()).isEqualTo(p.toString());
  }

  @Test
  void read_truncatedGzipKeepsTheLinesBeforeAndSaysSo() throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      b.append(okta(i)).append('\n');
    }
    byte[] gz = gzip(b.toString().getBytes(StandardCharsets.UTF_8));
    Path p = dir.resolve("cut.json.gz");
    Files.write(p, Arrays.copyOf(gz, gz.length / 2));
    Collected c = Collected.read(p.toString());
    assertThat(c.events).isNotEmpty().hasSizeLessThan(5000);
    assertThat(c.rejects).singleElement().satisfies(r -> assertThat(r.reason()).contains("truncated"));
  }

  @Test
  void read_refusesBinaryFilesByName() throws IOException {
    Path p = dir.resolve("image.bin");
    Files.write(p, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    Collected c = Collected.read(p.toString());
    assertThat(c.rejects).singleElement().satisfies(r -> {
      assertThat(r.line()).isZero();
      assertThat(r.reason()).contains("binary");
    });
  }

  @Test
  void read_aStrayNulCostsOnlyItsLine() {
    Collected c = Collected.stdin(okta(1) + "\n" + okta(2).replace("u2", "u\u00002") + "\n" + okta(3) + "\n");
    assertThat(c.events).hasSize(2);
    assertThat(c.rejects).singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(2));
  }

  @Test
  void read_namesOtherCompressionsInsteadOfReadingGarbage() throws IOException {
    Path p = dir.resolve("logs.bz2");
    Files.write(p, "BZh91AY&SY".getBytes(StandardCharsets.US_ASCII));
    assertThat(Collected.read(p.toString()).rejects).singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("bzip2"));
  }

  @Test
  void read_rejectsInvalidUtf8LineByLine() throws IOException {
    byte[] bad = "{\"eventType\":\"x\",\"published\":\"2023-11-14T09:22:49Z\",\"actor\":{\"alternateId\":\"\u00e9\"}}"
        .getBytes(StandardCharsets.ISO_8859_1);
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write((okta(1) + "\n").getBytes(StandardCharsets.UTF_8));
    b.write(bad);
    b.write(("\n" + okta(3) + "\n").getBytes(StandardCharsets.UTF_8));
    Collected c = Collected.stdin(LogReader.builder(), b.toByteArray());
    assertThat(c.events).hasSize(2);
    assertThat(c.rejects).singleElement().satisfies(r -> {
      assertThat(r.line()).isEqualTo(2);
      assertThat(r.reason()).containsIgnoringCase("UTF-8");
    });
  }

  @Test
  void read_rejectsANestingBombWithoutStackOverflow() {
    String bomb = "[".repeat(100_000) + "]".repeat(100_000);
    Collected c = Collected.stdin(okta(1) + "\n" + bomb + "\n" + okta(3) + "\n");
    assertThat(c.events).hasSize(2);
    assertThat(c.rejects).singleElement().satisfies(r -> {
      assertThat(r.line()).isEqualTo(2);
      assertThat(r.reason()).contains("nesting");
    });
  }

  /** A 100 MB line streamed from a generator: bounded memory, one reject, and the run goes on. */
  @Test
  void read_skipsAHundredMegabyteLine() {
    byte[] head = (okta(1) + "\n{\"eventType\":\"").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\"}\n" + okta(3) + "\n").getBytes(StandardCharsets.UTF_8);
    long fill = 100L << 20;
    InputStream in = new InputStream() {
      long pos;

      @Override
      public int read() {
        long total = head.length + fill + tail.length;
        if (pos >= total) {
          return -1;
        }
        long p = pos++;
        if (p < head.length) {
          return head[(int) p];
        }
        if (p < head.length + fill) {
          return 'a';
        }
        return tail[(int) (p - head.length - fill)];
      }

      @Override
      public int read(byte[] b, int off, int len) {
        int n = 0;
        while (n < len) {
          int c = read();
          if (c < 0) {
            return n == 0 ? -1 : n;
          }
          b[off + n++] = (byte) c;
        }
        return n;
      }
    };
    Collected c = new Collected();
    c.summary = LogReader.builder().maxLineBytes(1 << 20).stdin(in).build().read(List.of("-"), c);
    assertThat(c.events).extracting(e -> e.source().line()).containsExactly(1L, 3L);
    assertThat(c.rejects).singleElement().satisfies(r -> {
      assertThat(r.line()).isEqualTo(2);
      assertThat(r.reason()).contains("exceeds the limit");
    });
  }

  @Test
  void read_unwrapsEnvelopesNumberingRecordsWithinTheLine() {
    String array = "[" + okta(1) + "," + okta(2) + "]";
    String hook = "{\"eventType\":\"com.okta.event_hook\",\"data\":{\"events\":[" + okta(3) + "]}}";
    Collected c = Collected.stdin(array + "\n" + hook + "\n");
    assertThat(c.events).extracting(e -> e.source().line() + "#" + e.source().record())
        .containsExactly("1#0", "1#1", "2#0");
    assertThat(c.onlyFormat()).isEqualTo(LogFormat.OKTA);
  }

  @Test
  void read_cloudTrailRecordsEnvelope() {
    String rec = "{\"eventVersion\":\"1.08\",\"eventTime\":\"2023-11-14T09:41:55Z\",\"eventSource\":\"sts.amazonaws.com\","
        + "\"eventName\":\"GetCallerIdentity\",\"userIdentity\":{\"type\":\"IAMUser\",\"userName\":\"svc\",\"accessKeyId\":\"AKIAEXAMPLE\"},"
        + "\"sourceIPAddress\":\"193.142.58.126\"}";
    Collected c = Collected.stdin("{\"Records\":[" + rec + "," + rec + "]}\n");
    assertThat(c.onlyFormat()).isEqualTo(LogFormat.CLOUDTRAIL);
    assertThat(c.events).hasSize(2);
    assertThat(c.events.get(1).credential().get("aws_access_key_id")).isEqualTo("AKIAEXAMPLE");
  }

  @ParameterizedTest
  @ValueSource(strings = {"pretty-array", "pretty-records", "jq-dot"})
  void read_multiLineJsonDocumentsGiveEachRecordItsStartLine(String shape) {
    String one = "{\n  \"eventType\": \"user.session.start\",\n  \"published\": \"2023-11-14T09:22:49.112Z\"\n}";
    String text = switch (shape) {
      case "pretty-array" -> "[\n" + one + ",\n" + one + "\n]\n";
      case "pretty-records" -> "{\n\"Records\": [\n" + one + ",\n" + one + "\n]\n}\n";
      default -> one + "\n" + one + "\n";
    };
    Collected c = Collected.stdin(text);
    assertThat(c.rejects).isEmpty();
    assertThat(c.events).hasSize(2);
    assertThat(c.onlyFormat()).isEqualTo(LogFormat.OKTA);
    long first = c.events.get(0).source().line();
    assertThat(c.events.get(1).source().line()).isEqualTo(first + 4);
  }

  @Test
  void read_malformedDocumentStopsTheFileWithALine() {
    Collected c = Collected.stdin("[\n{\"eventType\": \"x\", \"published\": \"2023-11-14T09:22:49Z\"},\n{\"eventType\": oops}\n]\n");
    assertThat(c.events).hasSize(1);
    assertThat(c.rejects).singleElement().satisfies(r -> {
      assertThat(r.line()).isEqualTo(3);
      assertThat(r.reason()).contains("malformed JSON").contains("rest of the file");
    });
  }

  @Test
  void read_microsoft365RecordsWithEventNameAreNotCloudTrail() {
    Collected c = Collected.stdin("{\"eventSource\":\"Exchange\",\"eventName\":\"Add-FederatedDomain\",\"status\":\"success\"}\n");
    assertThat(c.onlyFormat()).isEqualTo(LogFormat.JSON);
  }

  @Test
  void read_formatOfOverridesRecognition() {
    Collected c = Collected.stdin(LogReader.builder().formatOf("-", LogFormat.JSON),
        (okta(1) + "\n").getBytes(StandardCharsets.UTF_8));
    assertThat(c.onlyFormat()).isEqualTo(LogFormat.JSON);
    assertThat(c.events.get(0).logsource()).isEqualTo("json");
    assertThat(c.events.get(0).action()).isEqualTo("user.session.start");
  }

  @Test
  void read_unrecognisedTextIsOneRejectForTheFile() {
    Collected c = Collected.stdin("hello world\nthis is not a log\n");
    assertThat(c.rejects).singleElement().satisfies(r -> {
      assertThat(r.line()).isZero();
      assertThat(r.reason()).contains("--format-of");
    });
  }

  @Test
  void read_timeWindowKeepsEventsInsideAndCountsTheRest() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      b.append(okta(i)).append('\n');
    }
    Collected c = Collected.stdin(LogReader.builder()
            .from(Instant.parse("2023-11-14T09:22:10Z")).to(Instant.parse("2023-11-14T09:22:19Z")),
        b.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(c.events).hasSize(10);
    assertThat(c.summary.outsideWindow()).isEqualTo(50);
  }

  /** Many frames decoded on several threads still reach the sink in line order, none lost. */
  @Test
  void read_deliversInLineOrderAcrossThreads() {
    StringBuilder b = new StringBuilder();
    int n = 60_000;
    for (int i = 0; i < n; i++) {
      b.append(i % 1000 == 999 ? "{broken" : okta(i)).append('\n');
    }
    Collected c = Collected.stdin(LogReader.builder().threads(4), b.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(c.events.size() + c.rejects.size()).isEqualTo(n);
    assertThat(c.rejects).hasSize(60);
    long prev = 0;
    for (Event e : c.events) {
      assertThat(e.source().line()).isGreaterThan(prev);
      prev = e.source().line();
    }
  }

  @Test
  void read_emptyInputIsNeitherEventNorReject() {
    Collected c = Collected.stdin("");
    assertThat(c.events).isEmpty();
    assertThat(c.rejects).isEmpty();
  }

  @Test
  void read_crlfAndBomAreTolerated() {
    Collected c = Collected.stdin("\uFEFF" + okta(1) + "\r\n" + okta(2) + "\r\n");
    assertThat(c.rejects).isEmpty();
    assertThat(c.events).hasSize(2);
  }

  /** A staged sink's worker stage sees every event in the window and its results return in order. */
  @Test
  void read_stagedSinkPreparesOnWorkersAndDeliversInOrder() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 30_000; i++) {
      b.append(okta(i)).append('\n');
    }
    java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
    List<String> seen = new java.util.ArrayList<>();
    StagedSink<String> sink = new StagedSink<>() {
      @Override
      public String prepare(Event e) {
        threads.add(Thread.currentThread().getName());
        return e.actor().name().toUpperCase(java.util.Locale.ROOT);
      }

      @Override
      public void event(Event e, String prepared) {
        assertThat(prepared).isEqualTo(e.actor().name().toUpperCase(java.util.Locale.ROOT));
        seen.add(e.source().line() + "");
      }

      @Override
      public void reject(Reject r) {}
    };
    ReadSummary s = LogReader.builder().threads(2)
        .from(Instant.parse("2023-11-14T09:22:10Z")).to(Instant.parse("2023-11-14T09:22:19Z"))
        .stdin(new java.io.ByteArrayInputStream(b.toString().getBytes(StandardCharsets.UTF_8))).build()
        .read(List.of("-"), sink);
    assertThat(seen).hasSize(5_000).isSortedAccordingTo(java.util.Comparator.comparingLong(Long::parseLong));
    assertThat(s.outsideWindow()).isEqualTo(25_000);
    assertThat(threads).allSatisfy(t -> assertThat(t).startsWith("bulkhead-read-"));
  }
}
