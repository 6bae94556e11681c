package io.bulkhead.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulkhead.event.Origin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hostile input for the access-log parsers: random strings and mutated valid lines never throw
 * anything but {@link BadRecord}, random patterns never anything but {@link
 * IllegalArgumentException}, and lines built to make a backtracking parser blow up are read in
 * linear time.
 */
final class AccessLogFuzzTest {
  private static final String INTERESTING = " \t\"[]|\\-:/?%.,=@*'+0123456789aAGETHPxms{}\r";
  private static final int LONG = 200_000;

  private static final List<LineParser> PARSERS = List.of(
      new TomcatAccessParser(LogFormat.JIRA_ACCESS, null),
      new TomcatAccessParser(LogFormat.CONFLUENCE_ACCESS, null),
      new TomcatAccessParser(LogFormat.CONFLUENCE_ACCESS,
          "%t %{X-Forwarded-For}i %{X-AUSERNAME}o %I %h %r %s %Dms %b %{Referer}i %{User-Agent}i"),
      new TomcatAccessParser(LogFormat.JIRA_ACCESS, "%a [%{yyyy-MM-dd HH:mm:ss.SSS}t] %u \"%r\" %s %b"
          + " %T %{msec}t %U%q %p \"%m %U %H\" %{begin:sec}t"),
      new BitbucketAccessParser(),
      new WebAccessParser());

  private static final List<String> VALID = validLines();

  private static List<String> validLines() {
    List<String> lines = new ArrayList<>();
    Stream.of(TomcatAccessParserTest.jiraLines(), TomcatAccessParserTest.confluenceLines(),
            BitbucketAccessParserTest.lines())
        .flatMap(s -> s)
        .map(AccessLogCase::line)
        .forEach(lines::add);
    try {
      WebAccessParserTest.sampleLines().map(AccessLogCase::line).forEach(lines::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(lines);
  }

  /** Parses with every parser; only {@link BadRecord} may come out. */
  private static void parseWithAll(String line) {
    ReadContext ctx = AccessLogCase.UTC;
    for (LineParser p : PARSERS) {
      try {
        assertThat(p.parse(line, new Origin("fuzz", 1, 0), ctx)).isNotNull();
      } catch (BadRecord e) {
        assertThat(e.getMessage()).isNotBlank();
      }
    }
  }

  @Property(tries = 2000)
  void parse_randomString_throwsOnlyBadRecord(@ForAll("noise") String line) {
    parseWithAll(line);
  }

  @Property(tries = 3000)
  void parse_mutatedValidLine_throwsOnlyBadRecord(@ForAll("mutated") String line) {
    parseWithAll(line);
  }

  @Property(tries = 1000)
  void compile_randomPattern_throwsOnlyIllegalArgument(
      @ForAll("patterns") String pattern, @ForAll("mutated") String line) {
    TomcatPattern p;
    try {
      p = TomcatPattern.compile(pattern);
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    try {
      p.parse(line, AccessLogCase.UTC.zone());
    } catch (BadRecord e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  @Property(tries = 40)
  void parse_pathologicalLine_takesLinearTime(
      @ForAll("prefixes") String prefix, @ForAll("units") String unit, @ForAll boolean validTail) {
    StringBuilder b = new StringBuilder(prefix);
    while (b.length() < LONG) {
      b.append(unit);
    }
    if (validTail) {
      b.append(VALID.get(b.length() % VALID.size()));
    }
    String line = b.toString();
    for (LineParser p : PARSERS) {
      long start = System.nanoTime();
      try {
        p.parse(line, new Origin("fuzz", 1, 0), AccessLogCase.UTC);
      } catch (BadRecord e) {
        // expected for most
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      // Linear: a few milliseconds for 200,000 characters. A quadratic scan would take seconds.
      assertThat(millis).as("%s on %s... x %d", p.format(), prefix, LONG / unit.length()).isLessThan(1000);
    }
  }

  @Provide
  Arbitrary<String> noise() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars(INTERESTING).ofMaxLength(200),
        Arbitraries.strings().all().ofMaxLength(200),
        Arbitraries.of(VALID).map(v -> v.substring(0, v.length() / 2)));
  }

  @Provide
  Arbitrary<String> mutated() {
    return Arbitraries.randomValue(AccessLogFuzzTest::mutate);
  }

  /** A valid line with one to six random edits: delete, insert, replace, duplicate, cut. */
  private static String mutate(Random r) {
    StringBuilder b = new StringBuilder(VALID.get(r.nextInt(VALID.size())));
    int edits = 1 + r.nextInt(6);
    for (int i = 0; i < edits && !b.isEmpty(); i++) {
      int at = r.nextInt(b.length());
      char c = INTERESTING.charAt(r.nextInt(INTERESTING.length()));
      switch (r.nextInt(5)) {
        case 0 -> b.deleteCharAt(at);
        case 1 -> b.insert(at, c);
        case 2 -> b.setCharAt(at, c);
        case 3 -> b.insert(at, b.substring(at, Math.min(b.length(), at + 1 + r.nextInt(20))));
        default -> b.setLength(at);
      }
    }
    return b.toString();
  }

  @Provide
  Arbitrary<String> patterns() {
    Arbitrary<String> pieces = Arbitraries.of("%a", "%h", "%t", "%r", "%s", "%b", "%D", "%T", "%U",
        "%q", "%m", "%H", "%I", "%{Referer}i", "%{User-Agent}i", "%{X-Forwarded-For}i",
        "%{X-AUSERNAME}o", "%{jira.request.id}r", "%{yyyy-MM-dd HH:mm:ss}t", "%{msec}t", "%{", "%",
        "%Z", " ", " ", " ", "\"", "[", "]", "ms", "-", "|", "%{x", "}", "%{}t");
    return pieces.list().ofMaxSize(14).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> prefixes() {
    return Arbitraries.of(
        "",
        "1.2.3.4 - - [10/Oct/2000:13:55:36 -0700] \"",
        "1.2.3.4 - - [10/Oct/2000:13:55:36 -0700] \"GET / HTTP/1.1\" 200 5 ",
        "1.2.3.4 - - [",
        "10.0.0.1 1x1x1 bob [23/Nov/2023:15:58:00 +1100] \"",
        "10.0.0.1 1x1x1 bob [23/Nov/2023:15:58:00 +1100] \"GET / HTTP/1.1\" 200 5 6 \"",
        "[18/Dec/2020:12:57:26 +1100] u exec-6 ::1 GET / HTTP/1.1 200 5ms 7 - ",
        "[18/Dec/2020:12:57:26 +1100] u ",
        "1.2.3.4 | https | o@X | - | 2023-11-23 16:07:00,000 | \"",
        "1.2.3.4 | https | o@X | - | 2023-11-23 16:07:00,000 | SSH - git-upload-pack '",
        "1.2.3.4 | https | o@X | - | 2023-11-23 16:07:00,000 | \"GET / HTTP/1.1\" | \"\" \"\" | 200 | ");
  }

  @Provide
  Arbitrary<String> units() {
    return Arbitraries.of("\"", "\\\"", "\\", "[", "]", "|", "\"|", " ", "\t ", "- ", "[x ", "GET ",
        "\"\\\"", "'", "%", ",", ", ", "=", "x=", "x=\"", "1 ", "\" \"", "a", "1.", "HTTP/ ", "ms");
  }
}
