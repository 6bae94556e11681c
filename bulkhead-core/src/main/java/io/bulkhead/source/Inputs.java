package io.bulkhead.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Expands command-line inputs: files as given, directories walked recursively in name order, {@code -} for stdin. */
final class Inputs {
  private Inputs() {}

  /** One input: its name as shown to the user, and its path (null for standard input). */
  record Input(String name, Path path) {
    boolean isStdin() {
      return path == null;
    }
  }

  static List<Input> expand(List<String> args, Consumer<Reject> rejects) {
    List<Input> out = new ArrayList<>();
    for (String a : args) {
      if (a.equals("-")) {
        out.add(new Input("-", null));
        continue;
      }
      Path p = Path.of(a);
      if (Files.isDirectory(p)) {
        walk(a, p, out, rejects);
      } else if (Files.exists(p)) {
        out.add(new Input(a, p));
      } else {
        rejects.accept(new Reject(a, 0, "no such file or directory"));
      }
    }
    return out;
  }

  private static void walk(String given, Path dir, List<Input> out, Consumer<Reject> rejects) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(Files::isRegularFile)
          .sorted()
          .forEach(f -> out.add(new Input(display(given, dir, f), f)));
    } catch (IOException | UncheckedIOException e) {
      rejects.accept(new Reject(given, 0, "cannot list directory: " + e.getMessage()));
    }
  }

  /** The file's name as the user would type it: the directory as given, then the relative path. */
  private static String display(String given, Path dir, Path file) {
    String rel = dir.relativize(file).toString();
    return given.endsWith("/") ? given + rel : given + "/" + rel;
  }
}
