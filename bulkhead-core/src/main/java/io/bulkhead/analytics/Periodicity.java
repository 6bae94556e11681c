package io.bulkhead.analytics;

import java.util.Arrays;

/**
 * Whether a sorted series of connection times ends in a regular run: pure arithmetic, no state.
 *
 * <p>Connections closer than {@code merge} to the previous one are merged into one beat (an
 * implant's check-in may open several connections). A series is regular from a beat onwards when
 * the intervals from that beat to the end, at least {@code minConnections - 1} of them, have a
 * median between the minimum and maximum period, at least {@code minRegularFraction} of them lie
 * within {@code jitter} of that median (the others are missed beats and retries), and those
 * regular intervals have a coefficient of variation of at most {@code maxCv}.
 *
 * <p>Why the whole rest of the series, not any short window: over a month, a person's or a
 * program's irregular connections to one host will now and then line up for ten beats by
 * chance; they will not stay in line to the end. Starting beats are tried from the first, in
 * at most {@value #STARTS} evenly spaced steps, so an irregular beginning (the implant being set
 * up, a person's visits before) does not hide a beacon that follows, and the cost per series stays
 * bounded.
 */
final class Periodicity {
  /** Most starting beats tried per series. */
  static final int STARTS = 16;

  private Periodicity() {}

  /**
   * A regular run: the index (in the input) of the connection that completed its first
   * {@code minConnections - 1} regular intervals, its median interval in milliseconds, the
   * coefficient of variation of its regular intervals, and how many of its intervals were regular.
   */
  record Run(int endIndex, long periodMillis, double cv, int regular) {}

  /** The earliest-starting regular run reaching the end of {@code times[0..n)} (sorted), or null. */
  static Run first(long[] times, int n, BeaconingConfig c) {
    int[] beat = new int[n];
    int beats = 0;
    long mergeMillis = c.merge().toMillis();
    for (int i = 0; i < n; i++) {
      if (beats == 0 || times[i] - times[beat[beats - 1]] >= mergeMillis) {
        beat[beats++] = i;
      }
    }
    int k = c.minConnections();
    if (beats < k) {
      return null;
    }
    int last = beats - k;
    int step = Math.max(1, (last + STARTS - 1) / STARTS);
    for (int start = 0; start <= last; start += step) {
      long[] intervals = new long[beats - start - 1];
      for (int j = 0; j < intervals.length; j++) {
        intervals[j] = times[beat[start + j + 1]] - times[beat[start + j]];
      }
      Run r = judge(intervals, c);
      if (r != null) {
        return new Run(beat[completing(intervals, r.periodMillis(), c, start)], r.periodMillis(), r.cv(), r.regular());
      }
    }
    return null;
  }

  /**
   * The beat (an index into the beats) at which the run from {@code start} had {@code
   * minConnections - 1} regular intervals: the moment the beacon could first be told.
   */
  private static int completing(long[] intervals, long median, BeaconingConfig c, int start) {
    double tolerance = c.jitter() * median;
    int regular = 0;
    for (int j = 0; j < intervals.length; j++) {
      if (Math.abs(intervals[j] - median) <= tolerance && ++regular == c.minConnections() - 1) {
        return start + j + 1;
      }
    }
    return start + intervals.length;
  }

  /** Judges a series of intervals; a run with endIndex -1, or null when it is not regular. */
  static Run judge(long[] intervals, BeaconingConfig c) {
    long[] sorted = intervals.clone();
    Arrays.sort(sorted);
    int m = sorted.length;
    long median = m % 2 == 1 ? sorted[m / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2;
    if (median < c.minPeriod().toMillis() || median > c.maxPeriod().toMillis()) {
      return null;
    }
    double tolerance = c.jitter() * median;
    double sum = 0;
    int regular = 0;
    for (long d : intervals) {
      if (Math.abs(d - median) <= tolerance) {
        sum += d;
        regular++;
      }
    }
    if (regular < 2 || regular < c.minRegularFraction() * m) {
      return null;
    }
    double mean = sum / regular;
    double var = 0;
    for (long d : intervals) {
      if (Math.abs(d - median) <= tolerance) {
        var += (d - mean) * (d - mean);
      }
    }
    double cv = Math.sqrt(var / regular) / mean;
    return cv <= c.maxCv() ? new Run(-1, median, cv, regular) : null;
  }
}
