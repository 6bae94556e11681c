package io.bulkhead.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulkhead.event.Event;
import io.bulkhead.source.EventSink;
import io.bulkhead.source.LogReader;
import io.bulkhead.source.Reject;
import io.bulkhead.source.StagedSink;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Evaluating in lanes on the reader's workers reports exactly what evaluating in order does. */
final class SigmaDetectorLaneTest {

  @Test
  void lanes_reportTheSameMatchesAsTheOrderedPath() {
    Path shared = Path.of(System.getProperty("bulkhead.shared"));
    RuleSet rules = SigmaLoader.builder().build().load(List.of(shared.resolve("data/sigmahq/rules"),
        Path.of(System.getProperty("bulkhead.root"), "rules")));
    List<String> inputs = List.of(shared.resolve("data/vendor-samples").toString(),
        Path.of(System.getProperty("bulkhead.root"), "examples/logs").toString());

    List<String> plain = new ArrayList<>();
    Detector d1 = Detector.of(rules, DetectorOptions.defaults());
    LogReader.builder().threads(2).build().read(inputs, new EventSink() {
      @Override
      public void event(Event e) {
        d1.accept(e, m -> plain.add(describe(m)));
      }

      @Override
      public void reject(Reject r) {}
    });
    d1.finish(m -> plain.add(describe(m)));

    List<String> laned = new ArrayList<>();
    Detector d2 = Detector.of(rules, DetectorOptions.defaults());
    ThreadLocal<Detector.Lane> lanes = ThreadLocal.withInitial(d2::lane);
    LogReader.builder().threads(2).build().read(inputs, new StagedSink<Detector.Evaluation>() {
      @Override
      public Detector.Evaluation prepare(Event e) {
        return lanes.get().evaluate(e);
      }

      @Override
      public void event(Event e, Detector.Evaluation ev) {
        d2.accept(e, ev, m -> laned.add(describe(m)));
      }

      @Override
      public void reject(Reject r) {}
    });
    d2.finish(m -> laned.add(describe(m)));

    assertThat(plain).isNotEmpty();
    assertThat(laned).containsExactlyElementsOf(plain);
    assertThat(d2.stats().evaluations()).isEqualTo(d1.stats().evaluations());
    assertThat(d2.stats().ruleChecks()).isEqualTo(d1.stats().ruleChecks());
  }

  private static String describe(Match m) {
    return m.rule().title() + " @ " + m.time() + " " + switch (m) {
      case Match.EventMatch e -> e.event().source();
      case Match.CorrelationMatch c -> c.events();
      case Match.AnalyticMatch a -> a.origin();
    };
  }
}
