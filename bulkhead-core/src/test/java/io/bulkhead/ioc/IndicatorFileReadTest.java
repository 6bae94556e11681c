package io.bulkhead.ioc;

import static io.bulkhead.ioc.IndicatorFileFixtures.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decoding the bytes of a file before its format is told. */
final class IndicatorFileReadTest {
  private static final String CSV = "indicator,type\nidowall[.]com,domain\nbücher.example,domain\n";

  @TempDir Path dir;

  @Test
  void read_utf8WithByteOrderMark_skipsTheMark() throws IOException {
    IndicatorList list = read(concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, CSV.getBytes(StandardCharsets.UTF_8)));

    assertThat(list.format()).isEqualTo("csv");
    assertThat(typed(list)).containsExactly("domain idowall.com", "domain xn--bcher-kva.example");
  }

  @Test
  void read_utf16WithByteOrderMark_isDecoded() throws IOException {
    assertThat(typed(read(CSV.getBytes(StandardCharsets.UTF_16)))).hasSize(2);
    assertThat(typed(read(concat(new byte[] {(byte) 0xff, (byte) 0xfe}, CSV.getBytes(StandardCharsets.UTF_16LE)))))
        .hasSize(2);
  }

  @Test
  void read_utf16WithoutByteOrderMark_isRecognised() throws IOException {
    IndicatorList list = read(CSV.getBytes(StandardCharsets.UTF_16LE));

    assertThat(list.format()).isEqualTo("csv");
    assertThat(list.problems()).isEmpty();
  }

  @Test
  void read_bytesThatAreNotUtf8_areReplacedAndReported() throws IOException {
    IndicatorList list = read(concat("1.2.3.4 caf".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xe9, '\n'}));

    assertThat(typed(list)).containsExactly("ipv4 1.2.3.4");
    assertThat(list.indicators().get(0).description()).isEqualTo("caf\uFFFD");
    assertThat(list.problems()).singleElement().extracting(IndicatorProblem::reason).asString()
        .startsWith("not valid UTF-8");
  }

  @Test
  void read_fileOver64MiB_isRefused() throws IOException {
    Path big = dir.resolve("big.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(IndicatorFile.MAX_BYTES + 1); // sparse: no 64 MiB written
    }

    assertThatThrownBy(() -> IndicatorFile.read(big)).isInstanceOf(IOException.class).hasMessageContaining("64 MiB");
  }

  @Test
  void read_missingFile_throws() {
    assertThatThrownBy(() -> IndicatorFile.read(dir.resolve("absent.txt"))).isInstanceOf(IOException.class);
  }

  private IndicatorList read(byte[] bytes) throws IOException {
    Path f = dir.resolve("iocs.csv");
    Files.write(f, bytes);
    return IndicatorFile.read(f);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
