package io.bulkhead.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulkhead.sigma.model.Logsource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * All 278 SigmaHQ rules for the sources Bulkhead covers load and compile, none is unsupported,
 * and each is routed to a reader. The numbers here are the ones docs/detection.md reports.
 */
final class SigmaHqLoadTest {

  @Test
  void sigmaHq_everyRuleLoadsWithoutErrors() throws IOException {
    RuleSet rules = SigmaHq.rules();
    long files;
    try (Stream<Path> s = Files.walk(SigmaHq.root())) {
      files = s.filter(p -> p.toString().endsWith(".yml")).count();
    }
    assertThat(files).isEqualTo(278);
    assertThat(rules.rejected()).as("rules that did not load").isEmpty();
    assertThat(rules.diagnostics().stream().filter(Diagnostic::isError)).isEmpty();
    assertThat(rules.detections()).hasSize(278);
    assertThat(rules.correlations()).isEmpty();
  }

  @Test
  void sigmaHq_noRuleIsUnsupported() {
    assertThat(SigmaHq.rules().rejected().stream().filter(RejectedRule::unsupported)).isEmpty();
  }

  @Test
  void sigmaHq_everyRuleIsRoutedToAReader() {
    Map<String, Long> byFormats = new TreeMap<>(SigmaHq.rules().detections().stream()
        .collect(Collectors.groupingBy(r -> String.join("+", new java.util.TreeSet<>(r.formats())), Collectors.counting())));
    assertThat(byFormats).containsExactlyInAnyOrderEntriesOf(Map.of(
        "okta", 21L,
        "cloudtrail", 57L,
        "github-audit", 15L,
        "atlassian-audit", 14L,
        "json", 171L));
  }

  @Test
  void sigmaHq_logsourcesAreTheOnesTheReferenceCounts() {
    Map<String, Long> products = SigmaHq.rules().detections().stream()
        .map(r -> r.info().logsource())
        .collect(Collectors.groupingBy(Logsource::product, TreeMap::new, Collectors.counting()));
    assertThat(products).isEqualTo(new TreeMap<>(Map.of(
        "aws", 57L, "azure", 124L, "gcp", 26L, "m365", 21L, "okta", 21L, "github", 15L, "bitbucket", 14L)));
  }

  @Test
  void sigmaHq_lintsWithoutAWarning() {
    List<Diagnostic> warnings = SigmaHq.rules().diagnostics().stream().filter(d -> !d.isError()).toList();
    assertThat(warnings).isEmpty();
  }
}
