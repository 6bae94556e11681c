package io.bulkhead.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import io.bulkhead.sigma.model.Glob;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The literals the prefilter requires of a {@code |re} test: what they are for the shapes rules
 * use, that the analysis gives up rather than guess on syntax it does not follow, and, against
 * RE2J itself, that every match contains one of them.
 */
final class SigmaRegexLiteralsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
      # SigmaHQ aws_cloudtrail_imds_malicious_usage
      .+:assumed-role/aws:.+                                          ; :assumed-role/aws:
      # SigmaHQ okta_password_in_alternateid_field: either branch's literal
      (^0oa.*|[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,10})      ; 0oa|@
      # the longer requirement wins over the shorter one
      (?i)(?:^|&)(?:q|cql)=[^&]*(?:token|secret)                     ; token|secret
      # literals are case-folded, escapes read
      (?i)Bearer\\s+[A-Z0-9]+                                         ; bearer
      \\QA.B*\\E                                                      ; a.b*
      \\x41\\x{42}c                                                   ; abc
      # a small alternation becomes its exact strings, joined with what follows
      (get|put)Object                                                 ; getobject|putobject
      # an optional part leaves what is certain
      colou?r                                                         ; colour|color
      abc{2,3}d                                                       ; ab
      (abc)+                                                          ; abc
      # a literal brace that is not a repeat
      a{x}b                                                           ; a{x}b
      # an empty branch, or everything optional: nothing is required
      abc|                                                            ; none
      (abc)?                                                          ; none
      [abc]+.*\\d                                                     ; none
      # non-ASCII characters have case orbits the analysis leaves alone
      été                                                             ; t
      éè                                                              ; none
      # syntax it does not follow gives nothing rather than a guess
      a\\1b                                                           ; none
      (?x)abc                                                         ; none
      abc)                                                            ; none
      """)
  void required_literalsFor(String regex, String expected) {
    List<String> want = expected.equals("none") ? List.of() : List.of(expected.split("\\|"));
    assertThat(RegexLiterals.required(regex)).containsExactlyInAnyOrderElementsOf(want);
  }

  private static final List<String> PIECES = List.of("a", "b", "A", "ab", "Ba", "k", "s", "\u212A", "\u017F", "-", ":", "é", "x");

  @Provide
  Arbitrary<String> regex() {
    return Arbitraries.recursive(
        () -> Arbitraries.oneOf(Arbitraries.of(PIECES).map(SigmaRegexLiteralsTest::quote),
            Arbitraries.of(".", "[ab]", "[^:]", "\\w", "\\d", "^", "$", "\\b", "\\x61", "\\Q-:\\E", "a{x}")),
        inner -> Arbitraries.oneOf(
            Combinators.combine(inner, inner).as((x, y) -> x + y),
            Combinators.combine(inner, inner).as((x, y) -> "(?:" + x + "|" + y + ")"),
            inner.map(x -> "(" + x + ")"),
            Combinators.combine(inner, Arbitraries.of("*", "+", "?", "{2}", "{1,3}", "{0,}", "+?")).as((x, q) -> "(?:" + x + ")" + q),
            inner.map(x -> "(?i)" + x),
            inner.map(x -> "(?i:" + x + ")")),
        4);
  }

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.of(PIECES).list().ofMaxSize(8).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void required_everyMatchContainsOneOfTheLiterals(@ForAll("regex") String regex, @ForAll("text") String text) {
    Pattern p = Pattern.compile(regex);
    List<String> literals = RegexLiterals.required(regex);
    boolean matches = p.matcher(text).find();
    Statistics.label("outcome").collect((matches ? "match" : "no match") + (literals.isEmpty() ? "" : ", literals required"));
    if (matches && !literals.isEmpty()) {
      String folded = Glob.fold(text);
      assertThat(literals).as("%s on %s", regex, text).anyMatch(folded::contains);
    }
    // Not vacuous: matches of expressions that require literals are checked.
    Statistics.label("outcome").coverage(c -> c.check("match, literals required").count(n -> n > 0));
  }

  /** Quotes a piece so that it is a literal in the generated expressions. */
  private static String quote(String s) {
    return s.equals("-") || s.equals(":") ? "\\" + s : s;
  }
}
