package io.bulkhead.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.bulkhead.event.Event;
import io.bulkhead.source.EventSink;
import io.bulkhead.source.LogReader;
import io.bulkhead.source.ReadSummary;
import io.bulkhead.source.Reject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The generated benchmark data: deterministic, valid JSON, and read by Bulkhead as its format. */
class GeneratorTest {
  private static final Size ONE_MB = Size.parse("1m");
  private static final ObjectReader STRICT =
      new ObjectMapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  @TempDir
  Path dir;

  @ParameterizedTest
  @EnumSource(BenchFormat.class)
  void sameSeedSameBytesAndFileMatchesMemory(BenchFormat f) throws IOException {
    byte[] a = Generator.inMemory(f, Generator.SEED, (int) ONE_MB.bytes());
    byte[] b = Generator.inMemory(f, Generator.SEED, (int) ONE_MB.bytes());
    byte[] other = Generator.inMemory(f, Generator.SEED + 1, (int) ONE_MB.bytes());

    assertThat(a).isEqualTo(b);
    assertThat(other).isNotEqualTo(a);
    assertThat(Files.readAllBytes(Generator.cached(dir, f, ONE_MB))).isEqualTo(a);
    assertThat((long) a.length).isBetween(ONE_MB.bytes(), ONE_MB.bytes() + 16 * 1024);
  }

  @ParameterizedTest
  @EnumSource(BenchFormat.class)
  void everyLineIsOneJsonObjectWithTheGrepNeedle(BenchFormat f) throws IOException {
    NdjsonCorpus c = NdjsonCorpus.of(Generator.inMemory(f, Generator.SEED, (int) ONE_MB.bytes()));

    assertThat(c.lines()).isGreaterThan(200);
    for (int i = 0; i < c.lines(); i++) {
      JsonNode n = STRICT.readTree(c.data(), c.starts()[i], c.lengths()[i]);
      assertThat(n.isObject()).as("line %d", i + 1).isTrue();
      assertThat(n.has(f.needle())).as("line %d has %s", i + 1, f.needle()).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(BenchFormat.class)
  void bulkheadReadsEveryLineAsTheFormatWithoutRejects(BenchFormat f) throws IOException {
    Path file = Generator.cached(dir, f, ONE_MB);
    long lines = NdjsonCorpus.of(Files.readAllBytes(file)).lines();
    Collected sink = new Collected();

    ReadSummary s = LogReader.builder().threads(2).build().read(List.of(file.toString()), sink);

    assertThat(sink.rejects).isEmpty();
    assertThat(s.files().get(0).format()).isEqualTo(f.logFormat());
    assertThat(s.events()).isEqualTo(lines);
    assertThat(sink.events).allSatisfy(e -> {
      assertThat(e.time()).isNotNull();
      assertThat(e.action()).isNotNull();
      assertThat(e.client()).isNotNull();
    });
  }

  @Test
  void nonAsciiValuesAreWrittenAsUtf8() throws IOException {
    byte[] okta = Generator.inMemory(BenchFormat.OKTA, Generator.SEED, (int) ONE_MB.bytes());

    assertThat(new String(okta, java.nio.charset.StandardCharsets.UTF_8)).containsAnyOf("Zürich", "São Paulo", "Kraków");
  }

  private static final class Collected implements EventSink {
    final List<Event> events = new ArrayList<>();
    final List<Reject> rejects = new ArrayList<>();

    @Override
    public void event(Event e) {
      events.add(e);
    }

    @Override
    public void reject(Reject r) {
      rejects.add(r);
    }
  }
}
