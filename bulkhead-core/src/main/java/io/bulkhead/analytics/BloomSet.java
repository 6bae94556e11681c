package io.bulkhead.analytics;

import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/**
 * A fixed-size "probably seen" set (a Bloom filter with three hash functions): remembers keys an
 * analytic had to forget, in constant memory, so that a key coming back is known to have lost
 * its history. False positives only make an analytic more cautious; there are no false
 * negatives.
 */
final class BloomSet {
  private final BitSet bits;
  private final int size;

  BloomSet(int bits) {
    if (bits < 64) {
      throw new IllegalArgumentException("a Bloom set needs at least 64 bits, was " + bits);
    }
    this.size = bits;
    this.bits = new BitSet(bits);
  }

  void add(String key) {
    long h = hash(key);
    for (int i = 0; i < 3; i++) {
      bits.set(index(h, i));
    }
  }

  boolean mightContain(String key) {
    long h = hash(key);
    for (int i = 0; i < 3; i++) {
      if (!bits.get(index(h, i))) {
        return false;
      }
    }
    return true;
  }

  private int index(long h, int i) {
    // Kirsch-Mitzenmacher: k indexes from two halves of one 64-bit hash.
    int h1 = (int) h;
    int h2 = (int) (h >>> 32);
    return Math.floorMod(h1 + i * h2, size);
  }

  /** FNV-1a over UTF-8, then a 64-bit finaliser: stable across runs and machines (no String.hashCode seed issues). */
  private static long hash(String key) {
    long h = 0xcbf29ce484222325L;
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
