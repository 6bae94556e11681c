package io.bulkhead.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class FramerTest {

  /** Lines as (number, text) pairs, and oversized lines as (number, "<N bytes>"). */
  private static List<String> frame(String text, int maxLine) throws IOException {
    Framer f = new Framer(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), maxLine);
    List<String> out = new ArrayList<>();
    Framer.Frame fr;
    while ((fr = f.next()) != null) {
      switch (fr) {
        case Framer.Lines l -> {
          String s = new String(l.data(), 0, l.len(), StandardCharsets.UTF_8);
          long n = l.firstLine();
          String[] parts = s.split("\n", -1);
          int count = s.endsWith("\n") ? parts.length - 1 : parts.length;
          for (int i = 0; i < count; i++) {
            out.add((n + i) + ":" + parts[i]);
          }
        }
        case Framer.Oversized o -> out.add(o.line() + ":<" + o.bytes() + " bytes>");
      }
    }
    return out;
  }

  /**
   * A live pipe: the lines written so far come out while the writer is still open, and the
   * half-written line waits for its end.
   */
  @org.junit.jupiter.api.Test
  void next_handsOutTheWholeLinesALivePipeHasWithoutWaitingForMore() throws Exception {
    java.io.PipedOutputStream writer = new java.io.PipedOutputStream();
    java.io.PipedInputStream pipe = new java.io.PipedInputStream(writer, 1 << 16);
    Framer f = new Framer(pipe, 1 << 20);
    writer.write("one\ntwo\nthr".getBytes(StandardCharsets.UTF_8));
    writer.flush();
    java.util.concurrent.ExecutorService ex = java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      // The timeout only guards against a hang; the frame is there at once.
      Framer.Lines first = (Framer.Lines) ex.submit(f::next).get(30, java.util.concurrent.TimeUnit.SECONDS);
      assertThat(new String(first.data(), 0, first.len(), StandardCharsets.UTF_8)).isEqualTo("one\ntwo\n");
      writer.write("ee\n".getBytes(StandardCharsets.UTF_8));
      writer.close();
      Framer.Lines second = (Framer.Lines) ex.submit(f::next).get(30, java.util.concurrent.TimeUnit.SECONDS);
      assertThat(new String(second.data(), 0, second.len(), StandardCharsets.UTF_8)).isEqualTo("three\n");
      assertThat(second.firstLine()).isEqualTo(3);
      assertThat(f.next()).isNull();
    } finally {
      ex.shutdownNow();
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "a\\nb\\nc\\n | 1:a,2:b,3:c",
    "a\\nb\\nc | 1:a,2:b,3:c",
    "a\\n\\nc\\n | 1:a,2:,3:c",
    "\\n | 1:",
  })
  void next_numbersLinesFromOne(String input, String expected) throws IOException {
    assertThat(frame(input.replace("\\n", "\n"), 1 << 20)).containsExactly(expected.split(","));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "2000 | 1:ok,2:<2000 bytes>,3:ok",
    "5000 | 1:ok,2:<5000 bytes>,3:ok",
  })
  void next_skipsLinesOverTheLimitAndKeepsCounting(int longLen, String expected) throws IOException {
    String text = "ok\n" + "x".repeat(longLen) + "\nok\n";
    assertThat(frame(text, 1024)).containsExactly(expected.split(","));
  }

  @ParameterizedTest
  @CsvSource({"1100", "3000"})
  void next_reportsAnOverlongLastLineWithoutNewline(int len) throws IOException {
    assertThat(frame("ok\n" + "y".repeat(len), 1024)).containsExactly("1:ok", "2:<" + len + " bytes>");
  }

  @ParameterizedTest
  @CsvSource({"10", "1000", "200000"})
  void next_keepsEveryLineAcrossChunkBoundaries(int lines) throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= lines; i++) {
      b.append("line-").append(i).append(" ").append("z".repeat(i % 97)).append('\n');
    }
    List<String> got = frame(b.toString(), 1 << 20);
    assertThat(got).hasSize(lines);
    assertThat(got.get(lines - 1)).startsWith(lines + ":line-" + lines + " ");
  }
}
