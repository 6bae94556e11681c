package io.bulkhead.sigma;

import io.bulkhead.sigma.model.Glob;
import java.util.Map;

/**
 * An immutable map from case-folded strings to rule lists that is probed with unfolded text:
 * the probe folds character by character while hashing and comparing, so looking up a field's
 * value allocates nothing. The prefilter probes one such table per indexed field on every
 * event, and most values ({@code AssumeRole}, {@code user.session.start}) would otherwise be
 * copied just to be folded.
 */
final class FoldedTable {
  private final String[] keys;
  private final int[][] values;
  private final int mask;
  private final int size;

  /** @param entries folded keys ({@link Glob#fold(String)}) and their rules */
  FoldedTable(Map<String, int[]> entries) {
    int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
    this.keys = new String[capacity];
    this.values = new int[capacity][];
    this.mask = capacity - 1;
    this.size = entries.size();
    entries.forEach((k, v) -> {
      int i = hash(k) & mask;
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = k;
      values[i] = v;
    });
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** The rules under the folded form of {@code text}, or null. */
  int[] get(String text) {
    int i = hash(text) & mask;
    String k;
    while ((k = keys[i]) != null) {
      if (foldedEquals(k, text)) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    return null;
  }

  /** The hash of {@code s} folded; equal for a string and its folded form. */
  private static int hash(String s) {
    int h = 0;
    for (int i = 0; i < s.length(); i++) {
      h = 31 * h + Glob.fold(s.charAt(i));
    }
    return h ^ (h >>> 16);
  }

  private static boolean foldedEquals(String folded, String text) {
    if (folded.length() != text.length()) {
      return false;
    }
    for (int i = 0; i < folded.length(); i++) {
      if (folded.charAt(i) != Glob.fold(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
