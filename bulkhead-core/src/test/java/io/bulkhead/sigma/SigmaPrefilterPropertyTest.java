package io.bulkhead.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The prefilter never rejects an event the full evaluation matches: random rules (modifiers,
 * wildcards, negations, quantifiers) over random documents (nesting, arrays, numbers, case
 * variants) drawn from one small vocabulary so that matches are frequent.
 */
final class SigmaPrefilterPropertyTest {
  private static final List<String> WORDS = List.of("alpha", "Beta", "gamma", "al", "ph", "200", "ALPHA beta", "x-y", "été");
  private static final List<String> FIELDS = List.of("a", "b", "n.c", "arr.k");
  private static final List<String> MODS = List.of("", "", "|contains", "|startswith", "|endswith", "|cased", "|contains|all",
      "|re", "|neq", "|exists", "|gt", "|windash", "|contains|cased");

  @Provide
  Arbitrary<String> value() {
    Arbitrary<String> word = Arbitraries.of(WORDS);
    return Arbitraries.oneOf(word,
        Combinators.combine(word, Arbitraries.of("*", "?", "", "\\*")).as((w, c) -> w.substring(0, w.length() / 2) + c + w.substring(w.length() / 2)),
        Combinators.combine(Arbitraries.of("*", ""), word, Arbitraries.of("*", "")).as((l, w, r) -> l + w + r));
  }

  @Provide
  Arbitrary<String> item() {
    return Combinators.combine(Arbitraries.of(FIELDS), Arbitraries.of(MODS), value().list().ofMinSize(1).ofMaxSize(3), Arbitraries.integers().between(0, 300))
        .as((f, m, vs, n) -> {
          String key = f + m;
          if (m.equals("|exists")) {
            return key + ": " + (n % 2 == 0);
          }
          if (m.equals("|gt")) {
            return key + ": " + n;
          }
          if (m.equals("|re")) {
            return key + ": '" + vs.get(0).replaceAll("[^a-zA-Z0-9 ]", ".") + "'";
          }
          List<String> quoted = vs.stream().map(v -> "'" + v.replace("'", "''") + "'").toList();
          return key + ": " + (quoted.size() == 1 ? quoted.get(0) : "[" + String.join(", ", quoted) + "]");
        });
  }

  @Provide
  Arbitrary<String> rule() {
    Arbitrary<String> selection = item().list().ofMinSize(1).ofMaxSize(3).uniqueElements(i -> i.substring(0, i.indexOf(':')))
        .map(items -> "{" + String.join(", ", items) + "}");
    Arbitrary<String> condition = Arbitraries.of(
        "s1", "s1 and s2", "s1 or s2", "s1 and not s2", "not s1", "1 of s*", "all of s*", "s1 and (s2 or s3)",
        "not (s1 or s2) and s3", "1 of them and not s3", "kw and s1", "kw");
    return Combinators.combine(selection, selection, selection, condition, value())
        .as((s1, s2, s3, c, kw) -> "title: r\nlogsource: {product: okta}\ndetection:\n  s1: " + s1 + "\n  s2: " + s2 + "\n  s3: " + s3
            + "\n  kw: ['" + kw.replace("'", "''") + "']\n  condition: " + c + "\n");
  }

  @Provide
  Arbitrary<JsonNode> doc() {
    Arbitrary<String> scalar = Arbitraries.oneOf(Arbitraries.of(WORDS).map(w -> "\"" + w + "\""),
        Arbitraries.of(WORDS).map(w -> "\"" + w.toUpperCase(java.util.Locale.ROOT) + "\""),
        Arbitraries.integers().between(0, 300).map(String::valueOf),
        Arbitraries.of("200.0", "true", "null", "\"\""));
    Arbitrary<String> value = Arbitraries.oneOf(scalar, scalar.list().ofMaxSize(3).map(l -> "[" + String.join(",", l) + "]"),
        scalar.map(s -> "{\"z\": " + s + "}"));
    return Combinators.combine(value, value, scalar, scalar, scalar, Arbitraries.integers().between(0, 15))
        .as((a, b, c, k1, k2, mask) -> {
          List<String> parts = new ArrayList<>();
          if ((mask & 1) != 0) {
            parts.add("\"a\": " + a);
          }
          if ((mask & 2) != 0) {
            parts.add("\"B\": " + b);
          }
          if ((mask & 4) != 0) {
            parts.add("\"n\": {\"c\": " + c + "}");
          }
          if ((mask & 8) != 0) {
            parts.add("\"arr\": [{\"k\": " + k1 + "}, {\"k\": " + k2 + "}]");
          }
          return Sigma.doc("{" + String.join(", ", parts) + "}");
        });
  }

  @Property(tries = 600)
  void prefilter_neverRejectsAnEventTheRuleMatches(@ForAll("rule") String r1, @ForAll("rule") String r2,
      @ForAll("rule") String r3, @ForAll("doc") JsonNode doc) {
    RuleSet rs = SigmaLoader.builder().build().loadTexts(new java.util.LinkedHashMap<>(java.util.Map.of(
        "1.yml", r1, "2.yml", r2, "3.yml", r3)));
    List<CompiledRule> rules = rs.detections();
    FormatPlan plan = new FormatPlan(rules);
    int[] candidates = plan.candidates(doc);
    for (int i = 0; i < rules.size(); i++) {
      boolean matches = rules.get(i).matchesDocument(doc);
      boolean candidate = Arrays.stream(candidates).anyMatch(Integer.valueOf(i)::equals);
      Statistics.label("outcome").collect(matches ? "match" : candidate ? "evaluated, no match" : "skipped");
      if (matches) {
        assertThat(candidate).as("rule %s skipped on %s", rules.get(i), doc).isTrue();
      }
    }
    // The property must not hold vacuously: rules are skipped, and rules match.
    Statistics.label("outcome").coverage(c -> {
      c.check("skipped").count(n -> n > 0);
      c.check("match").count(n -> n > 0);
    });
  }

  @Property(tries = 100)
  void prefilter_skipsMostRulesOnUnrelatedEvents(@ForAll("doc") JsonNode doc) {
    List<CompiledRule> rules = SigmaHq.rules().detections().stream().filter(r -> r.runsOn("cloudtrail")).toList();
    FormatPlan plan = new FormatPlan(rules);
    assertThat(plan.unfiltered()).as("CloudTrail rules without a prefilter").isLessThanOrEqualTo(3);
    assertThat(plan.candidates(doc).length).isLessThanOrEqualTo(plan.unfiltered());
  }
}
