package io.bulkhead.sigma.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A rule's {@code level}, from least to most severe. */
public enum Level {
  INFORMATIONAL, LOW, MEDIUM, HIGH, CRITICAL;

  /** The name as rules write it ({@code high}). */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Level> byName(String name) {
    return Arrays.stream(values()).filter(l -> l.wireName().equals(name)).findFirst();
  }

  @Override
  public String toString() {
    return wireName();
  }
}
