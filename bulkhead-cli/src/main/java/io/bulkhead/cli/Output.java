package io.bulkhead.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code -o FILE} option: the main output goes to FILE instead of standard output. */
final class Output {
  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the output to FILE (- for standard output).")
  Path file;

  /** A writer to FILE, or to {@code stdout}, which is flushed but left open on close. */
  Writer open(PrintWriter stdout) {
    if (file == null || file.toString().equals("-")) {
      return new Writer() {
        @Override
        public void write(char[] c, int off, int len) {
          stdout.write(c, off, len);
        }

        @Override
        public void flush() {
          stdout.flush();
        }

        @Override
        public void close() {
          stdout.flush();
        }
      };
    }
    try {
      return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    } catch (IOException e) {
      throw new UsageException("-o: cannot write " + file + ": " + e.getMessage());
    }
  }
}
