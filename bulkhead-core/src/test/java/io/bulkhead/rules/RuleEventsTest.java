package io.bulkhead.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulkhead.event.Event;
import io.bulkhead.sigma.CorrelationRule;
import io.bulkhead.sigma.Detector;
import io.bulkhead.sigma.DetectorOptions;
import io.bulkhead.sigma.Match;
import io.bulkhead.sigma.RuleInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the pack against its own events, read through the real readers and run through a
 * {@link Detector} holding the whole pack (so meta filters apply and correlations see what they
 * would see in {@code bulkhead hunt --rules rules/}).
 *
 * <ul>
 *   <li>A file of detection rules: each event of a {@code match} file is reported by a rule of the
 *       file; no event of a {@code nomatch} file is.</li>
 *   <li>A file with correlations: the events of a {@code match} file, as a sequence, make the
 *       file's outermost correlation (the one no other correlation refers to) report; those of a
 *       {@code nomatch} file do not. Inner correlations and detections may report on their own
 *       (with {@code generate}) in either.</li>
 * </ul>
 */
final class RuleEventsTest {
  static Stream<Arguments> testFiles() {
    List<Arguments> out = new ArrayList<>();
    for (Path rule : RulePack.ruleFiles()) {
      if (RulePack.isFilterFile(rule)) {
        continue;
      }
      for (String kind : List.of("match", "nomatch")) {
        for (Path test : RulePack.testFiles(rule, kind)) {
          out.add(Arguments.of(RulePack.root().relativize(test).toString(), rule, test, kind.equals("match")));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("testFiles")
  void ruleFile_reportsItsMatchingEventsAndNotItsNearMisses(String name, Path rule, Path test, boolean match) {
    RulePack.Read read = RulePack.read(test);
    assertThat(read.rejects()).as("lines the reader rejected in %s", name).isEmpty();
    assertThat(read.events()).as("events in %s", name).isNotEmpty();

    List<Match> matches = new ArrayList<>();
    Detector d = Detector.of(RulePack.rules(), DetectorOptions.defaults());
    for (Event e : read.events()) {
      d.accept(e, matches::add);
    }
    d.finish(matches::add);
    List<Match> own = matches.stream().filter(m -> Path.of(m.rule().file()).equals(rule)).toList();

    Set<RuleInfo> outer = outerCorrelations(rule);
    if (!outer.isEmpty()) {
      List<Match> correlations = own.stream().filter(m -> outer.contains(m.rule())).toList();
      if (match) {
        assertThat(correlations).as("correlation matches of %s on %s", rule.getFileName(), name).isNotEmpty();
      } else {
        assertThat(correlations).as("correlation matches of %s on %s", rule.getFileName(), name).isEmpty();
      }
    } else if (match) {
      Set<Long> reported = new TreeSet<>();
      own.forEach(m -> reported.add(((Match.EventMatch) m).event().source().line()));
      Set<Long> all = new TreeSet<>();
      read.events().forEach(e -> all.add(e.source().line()));
      assertThat(reported).as("lines of %s reported by %s", name, rule.getFileName()).isEqualTo(all);
    } else {
      assertThat(own).as("matches of %s on %s", rule.getFileName(), name).isEmpty();
    }
  }

  /** The correlations of a rule file that no other correlation refers to. */
  private static Set<RuleInfo> outerCorrelations(Path rule) {
    Set<RuleInfo> referenced = new HashSet<>();
    RulePack.rules().correlations().forEach(c -> referenced.addAll(c.rules()));
    Set<RuleInfo> out = new HashSet<>();
    for (CorrelationRule c : RulePack.rules().correlations()) {
      if (Path.of(c.info().file()).equals(rule) && !referenced.contains(c.info())) {
        out.add(c.info());
      }
    }
    return out;
  }
}
