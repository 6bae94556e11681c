package io.bulkhead.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Random and mutated input never escapes the reader as an exception, and every non-blank line of
 * a line-oriented JSON file ends up as exactly one event or one reject: nothing is lost uncounted.
 */
final class JsonReaderFuzzTest {
  private static final List<List<String>> SAMPLES = samples();

  private static List<List<String>> samples() {
    List<List<String>> all = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Collected.samples())) {
      for (Path p : files.filter(f -> f.toString().endsWith(".jsonl") || f.toString().endsWith(".log"))
          .filter(f -> !f.toString().contains("web_access")).sorted().toList()) {
        List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8).stream()
            .filter(l -> !l.isBlank() && l.startsWith("{")).toList();
        if (!lines.isEmpty()) {
          all.add(lines);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  @Provide
  Arbitrary<List<String>> mutatedFiles() {
    Arbitrary<List<String>> file = Arbitraries.of(SAMPLES);
    return file.flatMap(lines -> Arbitraries.integers().between(0, lines.size() - 1).list().ofMinSize(1).ofMaxSize(40)
        .flatMap(picks -> mutations(picks.size()).map(ms -> {
          List<String> out = new ArrayList<>();
          out.add(lines.get(0));
          for (int i = 0; i < picks.size(); i++) {
            out.add(ms.get(i).apply(lines.get(picks.get(i))));
          }
          return out;
        })));
  }

  /** A mutation of one line: unchanged, truncated, a byte replaced, or garbage inserted; never a newline. */
  private Arbitrary<List<java.util.function.UnaryOperator<String>>> mutations(int n) {
    Arbitrary<java.util.function.UnaryOperator<String>> one = Arbitraries.oneOf(
        Arbitraries.just(s -> s),
        Arbitraries.doubles().between(0, 1).map(f -> s -> s.substring(0, (int) (s.length() * f))),
        Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.chars().filter(c -> c != '\n' && c != '\r'))
            .as((f, c) -> s -> {
              int i = Math.min(s.length() - 1, (int) (s.length() * f));
              return i < 0 ? s : s.substring(0, i) + c + s.substring(i + 1);
            }),
        Combinators.combine(Arbitraries.doubles().between(0, 1),
                Arbitraries.strings().withCharRange((char) 0, (char) 0x2fff).ofMaxLength(20))
            .as((f, g) -> s -> {
              int i = (int) (s.length() * f);
              return s.substring(0, i) + g.replace('\n', ' ').replace('\r', ' ') + s.substring(i);
            }));
    return one.list().ofSize(n);
  }

  @Property(tries = 300)
  void mutatedLines_eachBecomeOneEventOrOneReject(@ForAll("mutatedFiles") List<String> lines) {
    String text = String.join("\n", lines) + "\n";
    Collected c = Collected.stdin(text);
    long nonBlank = lines.stream().filter(l -> !l.isBlank()).count();
    // A line may hold an envelope of several records; here every line holds one record or none.
    long linesSeen = Stream.concat(c.events.stream().map(e -> e.source().line()), c.rejects.stream().map(Reject::line))
        .distinct().count();
    assertThat(linesSeen).isEqualTo(nonBlank);
    assertThat(c.summary.events() + c.summary.rejects()).isGreaterThanOrEqualTo(nonBlank);
  }

  @Property(tries = 300)
  void randomBytes_neverThrowAndAreAccountedFor(@ForAll @Size(max = 4000) byte[] bytes) {
    Collected c = Collected.stdin(LogReader.builder().maxLineBytes(2048), bytes);
    boolean blank = new String(bytes, StandardCharsets.ISO_8859_1).isBlank();
    if (!blank) {
      assertThat(c.summary.events() + c.summary.rejects()).isPositive();
    }
  }

  @Property(tries = 200)
  void randomJsonishText_neverThrows(@ForAll("jsonish") String text) {
    Collected c = Collected.stdin(text);
    assertThat(c.summary).isNotNull();
  }

  @Provide
  Arbitrary<String> jsonish() {
    return Arbitraries.strings().withChars("{}[]\":,0123456789abcdeE.-+ \n\\tnulfrs").ofMaxLength(400)
        .map(s -> "{" + s);
  }
}
