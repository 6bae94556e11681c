package io.bulkhead.ioc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Indicator files come from outside: random and mutated input of every format never escapes as an
 * exception, only as problems; whatever is read is a valid, canonical indicator once; and inputs
 * built to make a careless parser quadratic (a megabyte on one line) are read in one pass.
 */
final class IndicatorFileFuzzTest {
  private static final List<String> FIXTURES = List.of("incident-table.md", "incident.csv", "incident.txt",
      "stix-bundle-incident.json", "stix-bundle-with-or-pattern.json", "misp-event-with-objects.json",
      "misp-response-with-composites.json", "csv-quoted-description.csv", "loki-hash-iocs.txt",
      "loki-filename-iocs.txt", "loki-c2-iocs.txt");
  private static final List<String> NAMES = List.of("iocs.txt", "hash-iocs.txt", "filename-iocs.txt", "c2-iocs.txt",
      "x.json", "x.csv");
  private static final String ALPHABET = "[](){}.:/\\|;,\"'` \t\n\r#@-_%xXhtpsfdotabcdef0123456789ABCDEF=!<>*$^?+"
      + "\uFEFF\u00e9\u0440\u3002";
  private static final List<String> PREFIXES = List.of("", "{\"type\":\"bundle\",\"objects\":[",
      "{\"type\":\"bundle\",\"objects\":[{\"type\":\"indicator\",\"pattern\":\"[", "{\"Event\":{\"Attribute\":[",
      "indicator,type,description\n", "| indicator | type | SHA256 | description |\n|---|---|---|---|\n| ",
      "d41d8cd98f00b204e9800998ecf8427e;");

  @Provide
  Arbitrary<String[]> mutatedFixtures() {
    return Arbitraries.of(FIXTURES).flatMap(name -> mutation().list().ofMinSize(1).ofMaxSize(8).map(ms -> {
      String text = IndicatorFileFixtures.text(name);
      for (UnaryOperator<String> m : ms) {
        text = m.apply(text);
      }
      return new String[] {name, text};
    }));
  }

  /** Truncation, a character replaced, garbage inserted, a span deleted or a span doubled. */
  private Arbitrary<UnaryOperator<String>> mutation() {
    Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
    Arbitrary<String> garbage = Arbitraries.strings().withChars(ALPHABET).ofMaxLength(12);
    return Arbitraries.oneOf(
        at.map(f -> s -> s.substring(0, (int) (s.length() * f))),
        Combinators.combine(at, garbage).as((f, g) -> s -> {
          int i = (int) (s.length() * f);
          return s.substring(0, i) + g + s.substring(i);
        }),
        Combinators.combine(at, Arbitraries.chars().with(ALPHABET.toCharArray())).as((f, c) -> s -> {
          int i = Math.min(s.length() - 1, (int) (s.length() * f));
          return i < 0 ? s : s.substring(0, i) + c + s.substring(i + 1);
        }),
        Combinators.combine(at, Arbitraries.integers().between(1, 200), Arbitraries.of(true, false))
            .as((f, len, delete) -> s -> {
              int i = (int) (s.length() * f);
              int j = Math.min(s.length(), i + len);
              return delete ? s.substring(0, i) + s.substring(j) : s.substring(0, j) + s.substring(i);
            }));
  }

  @Property(tries = 500)
  void mutatedFixtures_neverThrowAndGiveValidIndicators(@ForAll("mutatedFixtures") String[] input) {
    check(input[0], input[1]);
  }

  @Provide
  Arbitrary<String[]> randomInputs() {
    return Combinators.combine(Arbitraries.of(NAMES), Arbitraries.of(PREFIXES),
            Arbitraries.strings().withChars(ALPHABET).ofMaxLength(300))
        .as((name, prefix, body) -> new String[] {name, prefix + body});
  }

  @Property(tries = 500)
  void randomInputs_neverThrowAndGiveValidIndicators(@ForAll("randomInputs") String[] input) {
    check(input[0], input[1]);
  }

  @Property(tries = 300)
  void randomPatterns_failOnlyWithAReason(@ForAll("patterns") String pattern) {
    Throwable t = catchThrowable(() -> StixPattern.read(pattern));

    assertThat(t).satisfiesAnyOf(x -> assertThat(x).isNull(),
        x -> assertThat(x).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("STIX pattern"));
  }

  @Provide
  Arbitrary<String> patterns() {
    Arbitrary<String> token = Arbitraries.of("[", "]", "(", ")", " AND ", " OR ", " FOLLOWEDBY ", " NOT ", " = ",
        " != ", " IN ", " LIKE ", " MATCHES ", "ipv4-addr:value", "file:hashes.'SHA-256'", "'1.2.3.4'", "'a\\'b'",
        "'", "\\", ",", " WITHIN 5 SECONDS", " t'2024-01-01T00:00:00Z'", "[*]", "x:y[0]", "5", "h'ff'", " ");
    return token.list().ofMaxSize(30).map(l -> String.join("", l));
  }

  /** Inputs a careless parser would take quadratic time or deep recursion over: one megabyte on one line. */
  @Example
  void megabyteLines_areReadInOnePass() {
    int m = 1 << 20;
    List<String> bodies = List.of(
        "a".repeat(m), "[.".repeat(m / 2), " ".repeat(m) + "x", "1.".repeat(m / 2), ".".repeat(m), ")".repeat(m),
        "(".repeat(m), "|".repeat(m), "\\.".repeat(m / 2), " dot ".repeat(m / 5), "hxxp".repeat(m / 4),
        "user at " + "a.".repeat(m / 2), "\"" + "x,".repeat(m / 2), "\"".repeat(m), "'".repeat(m),
        "\"" + "a\n".repeat(m / 2), "\"a\"b\n".repeat(m / 5), "[a:b = '" + "\\'".repeat(m / 2) + "']",
        "x".repeat(m) + "@" + "a.".repeat(m / 2) + "com", "0".repeat(m), "| indicator |\n|---|\n|" + "\\|".repeat(m / 2));
    List<String> names = List.of("iocs.txt", "filename-iocs.txt", "c2-iocs.txt");
    for (String body : bodies) {
      for (String name : names) {
        check(name, body);
      }
      for (int p = 1; p < PREFIXES.size(); p++) {
        check(names.get(p % names.size()), PREFIXES.get(p) + body);
      }
      Throwable t = catchThrowable(() -> StixPattern.read(body));
      assertThat(t == null || t instanceof IllegalArgumentException && t.getMessage().length() < 1000).isTrue();
      Refang.refang(body);
      Refang.trimToken(body);
    }
  }

  private static void check(String name, String text) {
    IndicatorList list = IndicatorFile.parse(name, text);

    assertThat(list.format()).isIn("text", "csv", "markdown", "stix", "misp", "json", "loki-hash",
        "loki-filename", "loki-c2");
    Set<String> seen = new HashSet<>();
    for (Indicator i : list.indicators()) {
      assertThat(Indicator.canonical(i.type(), i.value())).as("canonical %s", i).isEqualTo(i.value());
      assertThat(seen.add(i.type() + " " + i.value())).as("once: %s", i).isTrue();
      assertThat(i.origin().file()).isEqualTo(name);
    }
    for (IndicatorProblem p : list.problems()) {
      assertThat(p.file()).isEqualTo(name);
      assertThat(p.line()).isPositive();
      assertThat(p.reason()).isNotBlank().hasSizeLessThan(1000);
    }
  }
}
