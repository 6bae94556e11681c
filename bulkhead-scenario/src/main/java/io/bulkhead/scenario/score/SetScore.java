package io.bulkhead.scenario.score;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Precision and recall of a found set against an expected one, with a few of the differences named. */
record SetScore(Set<String> expected, Set<String> found) {
  private static final int SHOWN = 3;

  static SetScore of(Collection<String> expected, Collection<String> found) {
    return new SetScore(new TreeSet<>(expected), new TreeSet<>(found));
  }

  boolean exact() {
    return expected.equals(found);
  }

  double precision() {
    if (found.isEmpty()) {
      return expected.isEmpty() ? 1 : 0;
    }
    return (double) found.stream().filter(expected::contains).count() / found.size();
  }

  double recall() {
    if (expected.isEmpty()) {
      return 1;
    }
    return (double) expected.stream().filter(found::contains).count() / expected.size();
  }

  String describe() {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
        "expected %d, found %d, precision %.3f, recall %.3f", expected.size(), found.size(), precision(), recall()));
    TreeSet<String> missing = new TreeSet<>(expected);
    missing.removeAll(found);
    TreeSet<String> extra = new TreeSet<>(found);
    extra.removeAll(expected);
    if (!missing.isEmpty()) {
      b.append("; missing ").append(sample(missing));
    }
    if (!extra.isEmpty()) {
      b.append("; unexpected ").append(sample(extra));
    }
    return b.toString();
  }

  private static String sample(TreeSet<String> s) {
    String head = String.join(", ", s.stream().limit(SHOWN).toList());
    return s.size() > SHOWN ? head + " and " + (s.size() - SHOWN) + " more" : head;
  }
}
