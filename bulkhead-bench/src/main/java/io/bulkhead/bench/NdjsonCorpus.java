package io.bulkhead.bench;

/**
 * About one reader frame (1 MiB) of generated NDJSON in memory, with each line's offset and
 * length, so that every parser under test sees the same bytes the way the reader hands them out:
 * a slice of a shared buffer.
 *
 * @param data the lines, each ending with a newline
 * @param starts offset of each line in {@code data}
 * @param lengths length of each line, newline excluded
 */
record NdjsonCorpus(byte[] data, int[] starts, int[] lengths) {
  /** The size of the reader's frames ({@code Framer.CHUNK} in bulkhead-core). */
  static final int FRAME = 1 << 20;

  static NdjsonCorpus of(BenchFormat format) {
    return of(Generator.inMemory(format, Generator.SEED, FRAME));
  }

  static NdjsonCorpus of(byte[] data) {
    int n = 0;
    for (byte b : data) {
      if (b == '\n') {
        n++;
      }
    }
    int[] starts = new int[n];
    int[] lengths = new int[n];
    int start = 0;
    int line = 0;
    for (int i = 0; i < data.length; i++) {
      if (data[i] == '\n') {
        starts[line] = start;
        lengths[line++] = i - start;
        start = i + 1;
      }
    }
    return new NdjsonCorpus(data, starts, lengths);
  }

  int lines() {
    return starts.length;
  }

  int longestLine() {
    int max = 0;
    for (int l : lengths) {
      max = Math.max(max, l);
    }
    return max;
  }
}
