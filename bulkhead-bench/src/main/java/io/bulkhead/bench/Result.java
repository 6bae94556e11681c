package io.bulkhead.bench;

/**
 * One timed run of one tool over one file.
 *
 * @param tool the row's name ({@code cat}, {@code grep -c -F}, ..., {@code bulkhead})
 * @param seconds wall time
 * @param bytes the file's size
 * @param count matching lines (grep, rg) or events (Bulkhead); -1 when the tool counts nothing
 * @param heap heap use, for the in-process run only; null otherwise
 * @param otherCores CPU other processes used meanwhile, in cores ({@link CpuLoad}); NaN if unknown
 */
record Result(String tool, double seconds, long bytes, long count, HeapWatch.Peak heap, double otherCores) {

  Result(String tool, double seconds, long bytes, long count, HeapWatch.Peak heap) {
    this(tool, seconds, bytes, count, heap, Double.NaN);
  }

  Result withOtherCores(double cores) {
    return new Result(tool, seconds, bytes, count, heap, cores);
  }

  /** Decimal megabytes (10^6 bytes) per second. */
  double mbPerSecond() {
    return bytes / 1e6 / seconds;
  }

  double countPerSecond() {
    return count / seconds;
  }
}
