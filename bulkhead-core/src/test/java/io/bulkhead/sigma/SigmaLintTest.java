package io.bulkhead.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lint: every problem of every rule, with its file, line and column, like a compiler. */
final class SigmaLintTest {
  @TempDir Path dir;

  private static List<String> lint(String yaml) {
    return Sigma.lint(yaml).diagnostics().stream().map(Diagnostic::toString).toList();
  }

  @Test
  void allProblemsOfARule_areReportedTogetherInOrder() {
    List<String> d = lint("""
        title: broken
        id: not-a-uuid
        status: solid
        level: severe
        logsource:
            product: okta
        detection:
            sel:
                eventType|contians: x
                actor.alternateId|re: '(?<=a)b'
            other:
                - null
                - x
            condition: sel and missing
        tags:
            - Attack T1078
        """);
    assertThat(d).containsExactly(
        "rule.yml:2:5: warning: id 'not-a-uuid' is not a UUID",
        "rule.yml:3:9: error: unknown status 'solid' (one of deprecated, experimental, stable, test, unsupported)",
        "rule.yml:4:8: error: unknown level 'severe' (informational, low, medium, high or critical)",
        "rule.yml:9:9: error: unknown modifier 'contians' on 'eventType'",
        "rule.yml:10:31: error: invalid regular expression '(?<=a)b': invalid named capture"
            + " (Bulkhead runs RE2 syntax: no backreferences or lookaround)",
        "rule.yml:12:11: error: null cannot be part of a value list; put it in a selection of its own (keywords)",
        "rule.yml:14:24: error: condition: unknown search identifier 'missing'",
        "rule.yml:16:7: warning: tag 'Attack T1078' is not namespace.name in lower case");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = ';', value = {
    "logsource: {product: okta}\\ndetection: {sel: {a: 1}, condition: sel}          ; 1:1 ; needs a 'title'",
    "title: t\\ndetection: {sel: {a: 1}, condition: sel}                          ; 1:1 ; needs a 'logsource'",
    "title: t\\nlogsource: {product: okta}\\ndetection: {sel: {a: 1}}              ; 3:12 ; has no 'condition'",
    "title: t\\nlogsource: {product: okta}                                        ; 1:1 ; no 'detection', 'correlation' or 'filter'",
    "title: t\\nlogsource: okta\\ndetection: {sel: {a: 1}, condition: sel}         ; 2:12 ; must be a map",
    "title: t\\ntitle: u\\nlogsource: {product: okta}\\ndetection: {sel: {a: 1}, condition: sel} ; 2:1 ; 'title' appears twice",
    "title: t\\nlogsource: {product: okta}\\ndetection: {sel: {a: 1, a: 2}, condition: sel} ; 3:25 ; 'a' appears twice",
    "title: t\\nlogsource: {product: okta}\\ndetection: {sel: [], condition: sel} ; 3:13 ; is an empty list",
    "title: t\\nlogsource: {product: okta}\\ndetection: {sel: {a: {b: c}}, condition: sel} ; 3:22 ; not a map",
    "title: t\\nlogsource: {product: okta}\\ndetection: {and: {a: 1}, condition: and} ; 3:13 ; cannot be a search identifier",
    "title: t\\nlogsource: {product: okta}\\ndetection: {sel: {a: 1}, condition: [{a: b}]} ; 3:38 ; must be a string",
    "- just a list                                                                ; 1:1 ; must be a map",
    "title: [unclosed                                                             ; 2:1 ; YAML syntax",
    "title: t\\n  bad: indent                                                     ; 2:6 ; YAML syntax",
  })
  void structuralProblems_haveThePositionOfWhatIsWrong(String yaml, String position, String message) {
    RuleSet rs = Sigma.lint(yaml.strip().replace("\\n", "\n") + "\n");
    assertThat(rs.diagnostics().stream().filter(Diagnostic::isError)).anySatisfy(d -> {
      assertThat(d.message()).contains(message.strip());
      assertThat(d.line() + ":" + d.column()).isEqualTo(position.strip());
    });
  }

  @Test
  void correlationProblems_arePositioned() {
    List<String> d = lint("""
        title: c
        correlation:
            type: event_counts
            rules: [a]
            timespan: 1 hour
            condition: {gte: many, over: 3}
        """);
    assertThat(d).contains(
        "rule.yml:3:11: error: unknown correlation type 'event_counts' (event_count, value_count, temporal,"
            + " temporal_ordered, value_sum, value_avg, value_percentile)",
        "rule.yml:5:15: error: timespan '1 hour' is not a number and a unit (s, m, h, d or w), such as 90m",
        "rule.yml:6:22: error: condition 'gte' needs a number",
        "rule.yml:6:28: error: unknown condition key 'over' (gt, gte, lt, lte, eq, neq, field)");
  }

  @Test
  void files_thatCannotBeReadAreErrorsNotExceptions() throws IOException {
    Path bad = dir.resolve("latin1.yml");
    Files.write(bad, new byte[] {'t', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xe9, '\n'});
    Files.writeString(dir.resolve("notes.txt"), "not a rule");
    RuleSet rs = SigmaLoader.builder().build().load(List.of(dir, dir.resolve("missing.yml")));
    assertThat(rs.diagnostics()).extracting(Diagnostic::toString).containsExactly(
        bad + ":1:1: error: not UTF-8 text",
        dir.resolve("missing.yml") + ":1:1: error: no such file or folder");
  }

  @Test
  void folders_areWalkedRecursivelyForYmlAndYaml() throws IOException {
    Files.createDirectories(dir.resolve("a/b"));
    Files.writeString(dir.resolve("a/b/r1.yml"), "title: r1\nlogsource: {product: okta}\ndetection: {s: {x: 1}, condition: s}\n");
    Files.writeString(dir.resolve("a/r2.yaml"), "title: r2\nlogsource: {product: okta}\ndetection: {s: {x: 1}, condition: s}\n");
    RuleSet rs = SigmaLoader.builder().build().load(List.of(dir));
    assertThat(rs.detections()).extracting(r -> r.info().title()).containsExactly("r1", "r2");
  }

  @Test
  void styleProblems_areWarnings() {
    List<String> d = lint("""
        title: t
        date: 23.11.2023
        logsource:
            product: Okta
        detection:
            sel: {a: 1}
            condition: SEL OR sel
        """);
    assertThat(d).contains(
        "rule.yml:2:7: warning: 'date' should be a date YYYY-MM-DD, not '23.11.2023'",
        "rule.yml:4:14: warning: logsource 'product' should be lower case, with '_' for spaces: 'Okta'");
  }
}
