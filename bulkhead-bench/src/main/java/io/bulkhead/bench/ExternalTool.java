package io.bulkhead.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A command-line tool timed on a file: {@code cat}, {@code grep}, {@code rg}, {@code jq}. Tools run
 * on this machine through {@link ProcessBuilder}, never a shell, with {@code LC_ALL=C} so that
 * results do not depend on the caller's locale.
 *
 * @param name the row's name
 * @param command the program and its arguments before the file
 * @param counts whether standard output is a count (grep -c) to be read back; otherwise it is
 *     discarded, as {@code > /dev/null} would
 */
record ExternalTool(String name, List<String> command, boolean counts) {

  static ExternalTool cat() {
    return new ExternalTool("cat", List.of("cat"), false);
  }

  static ExternalTool grep(String needle) {
    return new ExternalTool("grep -c -F", List.of("grep", "-c", "-F", needle), true);
  }

  static ExternalTool rg(String needle) {
    return new ExternalTool("rg -c -F", List.of("rg", "-c", "-F", needle), true);
  }

  static ExternalTool jq() {
    return new ExternalTool("jq -c .", List.of("jq", "-c", "."), false);
  }

  /** The first line the program prints for {@code --version}, or null when it is not installed. */
  String version() {
    try {
      Process p = new ProcessBuilder(command.get(0), "--version")
          .redirectErrorStream(true)
          .start();
      String first = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
          .findFirst().orElse("").strip();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? first : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** Runs the tool on {@code file} and times it from start to exit. */
  Result run(Path file) {
    List<String> cmd = new ArrayList<>(command);
    cmd.add(file.toString());
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("LC_ALL", "C");
    Path err = null;
    try {
      err = Files.createTempFile("bulkhead-bench-", ".err");
      pb.redirectError(err.toFile());
      pb.redirectOutput(counts ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.DISCARD);
      long t0 = System.nanoTime();
      Process p = pb.start();
      String out = counts ? new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim() : "";
      int exit = p.waitFor();
      double secs = (System.nanoTime() - t0) / 1e9;
      // grep and rg exit 1 when nothing matched, which is still a complete scan.
      if (exit != 0 && !(counts && exit == 1)) {
        throw new IllegalStateException(name + " exited " + exit + ": " + Files.readString(err).strip());
      }
      long count = counts ? Long.parseLong(out.isEmpty() ? "0" : out) : -1;
      return new Result(name, secs, Files.size(file), count, null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + String.join(" ", cmd), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + name, e);
    } finally {
      deleteQuietly(err);
    }
  }

  private static void deleteQuietly(Path p) {
    if (p == null) {
      return;
    }
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // A stray temp file is harmless.
    }
  }
}
