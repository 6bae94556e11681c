package io.bulkhead.cli;

import io.bulkhead.sigma.RuleInfo;
import io.bulkhead.sigma.model.Level;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Which rules a hunt reports, from {@code --level}, {@code --status} and {@code --tags}: a rule
 * reports when it passes every option given; within one option, any value will do.
 */
final class HuntSelection {
  private HuntSelection() {}

  static Predicate<RuleInfo> of(List<String> levels, List<String> statuses, List<String> tags) {
    Predicate<RuleInfo> p = r -> true;
    if (!levels.isEmpty()) {
      Predicate<RuleInfo> any = r -> false;
      for (String l : levels) {
        any = any.or(level(l));
      }
      p = p.and(any);
    }
    if (!statuses.isEmpty()) {
      List<String> s = statuses.stream().map(x -> x.toLowerCase(Locale.ROOT)).toList();
      for (String x : s) {
        if (!List.of("stable", "test", "experimental", "deprecated", "unsupported").contains(x)) {
          throw new UsageException("--status: unknown status '" + x + "' (stable, test, experimental, deprecated, unsupported)");
        }
      }
      p = p.and(r -> r.status() != null && s.contains(r.status()));
    }
    if (!tags.isEmpty()) {
      List<Pattern> ps = tags.stream().map(HuntSelection::glob).toList();
      p = p.and(r -> r.tags().stream().anyMatch(t -> ps.stream().anyMatch(g -> g.matcher(t.toLowerCase(Locale.ROOT)).matches())));
    }
    return p;
  }

  /** {@code high} is that level; {@code high+} that level or above. */
  private static Predicate<RuleInfo> level(String spec) {
    String s = spec.toLowerCase(Locale.ROOT).strip();
    boolean orAbove = s.endsWith("+");
    String name = orAbove ? s.substring(0, s.length() - 1) : s;
    Level l = Level.byName(name).orElseThrow(() -> new UsageException("--level: unknown level '" + spec
        + "' (informational, low, medium, high, critical; add + for that level or above)"));
    return r -> r.level() != null && (orAbove ? r.level().compareTo(l) >= 0 : r.level() == l);
  }

  /** A tag pattern, case-insensitive, with {@code *} for any run: {@code attack.t1078*}. */
  private static Pattern glob(String tag) {
    return Pattern.compile(java.util.Arrays.stream(tag.toLowerCase(Locale.ROOT).split("\\*", -1))
        .map(Pattern::quote).collect(java.util.stream.Collectors.joining(".*")));
  }
}
