package io.bulkhead.sigma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random and mutated rules never escape the loader as anything but collected diagnostics, never
 * hang, and whatever loads evaluates without throwing.
 */
final class SigmaParserFuzzTest {
  private static final List<String> SAMPLES = samples();
  private static final String SPECIAL = "|*?\\:-[]{}&!%@`'\"#\n\t ,>";

  private static List<String> samples() {
    try (Stream<Path> s = Files.walk(SigmaHq.root())) {
      return s.filter(p -> p.toString().endsWith(".yml")).sorted().limit(80).map(p -> {
        try {
          return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Provide
  Arbitrary<String> mutatedRule() {
    Arbitrary<String> base = Arbitraries.of(SAMPLES);
    Arbitrary<java.util.function.UnaryOperator<String>> mutation = Arbitraries.oneOf(
        Arbitraries.doubles().between(0, 1).map(f -> s -> s.substring(0, (int) (s.length() * f))),
        Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.of(SPECIAL.chars().mapToObj(c -> (char) c).toList()))
            .as((f, c) -> s -> {
              int i = Math.min(Math.max(0, s.length() - 1), (int) (s.length() * f));
              return s.isEmpty() ? s : s.substring(0, i) + c + s.substring(i + 1);
            }),
        Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.strings().withChars(SPECIAL + "abcnot1ofall()").ofMaxLength(12))
            .as((f, g) -> s -> {
              int i = (int) (s.length() * f);
              return s.substring(0, i) + g + s.substring(i);
            }),
        Arbitraries.integers().between(0, 40).map(n -> s -> {
          String[] lines = s.split("\n", -1);
          if (lines.length < 2) {
            return s;
          }
          int i = n % lines.length;
          lines[i] = lines[(i + 1) % lines.length];
          return String.join("\n", lines);
        }),
        Arbitraries.just(s -> s + "\n---\n" + s),
        Arbitraries.just(s -> "action: global\n" + s.replace("title:", "action: repeat\ntitle:")));
    return Combinators.combine(base, mutation.list().ofMinSize(1).ofMaxSize(4))
        .as((s, ms) -> {
          String out = s;
          for (var m : ms) {
            out = m.apply(out);
          }
          return out;
        });
  }

  @Provide
  Arbitrary<String> randomCondition() {
    Arbitrary<String> token = Arbitraries.of("sel", "sel_a", "filter", "and", "or", "not", "(", ")", "1 of", "all of", "any of",
        "them", "sel*", "|", "count()", "near", "2", "of", "_x", "AND", ",", "\"", "'");
    return token.list().ofMaxSize(25).map(l -> String.join(" ", l));
  }

  @Provide
  Arbitrary<String> randomText() {
    return Arbitraries.strings().withCharRange((char) 0, (char) 0x7f).withChars('é', '\u2028', '\uFEFF', '\uD800').ofMaxLength(400);
  }

  private static void loadsQuietly(String text) {
    RuleSet rs = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> SigmaLoader.builder().build().loadText("fuzz.yml", text));
    for (Diagnostic d : rs.diagnostics()) {
      assertThat(d.line()).isPositive();
      assertThat(d.column()).isPositive();
      assertThat(d.message()).isNotBlank();
    }
    for (RejectedRule r : rs.rejected()) {
      assertThat(r.reasons()).isNotEmpty();
    }
    for (CompiledRule r : rs.detections()) {
      r.matchesDocument(Sigma.doc("{\"eventName\": \"x\", \"actor\": {\"alternateId\": \"a@b\"}, \"n\": [1, {\"a\": null}]}"));
    }
  }

  @Property(tries = 400)
  void mutatedRules_becomeDiagnosticsNeverExceptions(@ForAll("mutatedRule") String text) {
    loadsQuietly(text);
  }

  @Property(tries = 400)
  void randomConditions_becomeDiagnosticsNeverExceptions(@ForAll("randomCondition") String condition) {
    loadsQuietly("title: t\nlogsource: {product: okta}\ndetection:\n  sel: {a: 1}\n  sel_a: {b: 2}\n  filter: {c: 3}\n"
        + "  _x: {d: 4}\n  condition: '" + condition.replace("'", "''") + "'\n");
  }

  @Property(tries = 300)
  void randomText_becomesDiagnosticsNeverExceptions(@ForAll("randomText") String text) {
    loadsQuietly(text);
  }
}
