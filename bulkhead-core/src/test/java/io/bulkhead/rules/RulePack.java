package io.bulkhead.rules;

import io.bulkhead.event.Event;
import io.bulkhead.sigma.RuleSet;
import io.bulkhead.sigma.SigmaLoader;
import io.bulkhead.source.EventSink;
import io.bulkhead.source.LogReader;
import io.bulkhead.source.Reject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Bulkhead's own rule pack ({@code rules/} at the repository root) and its test events: where
 * they are, the pack loaded once, and test files read back through the real log reader.
 *
 * <p>Layout: {@code rules/<source>/<name>.yml}, with {@code rules/<source>/tests/<name>.match[.<label>].<ext>}
 * and {@code <name>.nomatch[.<label>].<ext>} beside it; {@code rules/filters/} holds meta filters,
 * which have no events of their own (the rules they filter are tested with them applied).
 */
final class RulePack {
  private static RuleSet loaded;

  private RulePack() {}

  /** {@code rules/} of the repository, found through the {@code bulkhead.root} property surefire sets. */
  static Path root() {
    String root = System.getProperty("bulkhead.root");
    if (root == null) {
      throw new IllegalStateException("bulkhead.root is not set (run the tests through Maven)");
    }
    return Path.of(root, "rules");
  }

  /** The whole pack, loaded as {@code bulkhead hunt --rules rules/} loads it. */
  static synchronized RuleSet rules() {
    if (loaded == null) {
      loaded = SigmaLoader.builder().build().load(List.of(root()));
    }
    return loaded;
  }

  /** Every rule file of the pack, filters included, in name order. */
  static List<Path> ruleFiles() {
    try (Stream<Path> s = Files.walk(root())) {
      return s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".yml"))
          .filter(p -> !p.getParent().getFileName().toString().equals("tests")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether a rule file is a meta-filter file (in {@code rules/filters/}). */
  static boolean isFilterFile(Path ruleFile) {
    return ruleFile.getParent().getFileName().toString().equals("filters");
  }

  /** The rule's name without {@code .yml}. */
  static String stem(Path ruleFile) {
    String n = ruleFile.getFileName().toString();
    return n.substring(0, n.length() - ".yml".length());
  }

  /** Test files of a rule of the given kind ({@code match} or {@code nomatch}). */
  static List<Path> testFiles(Path ruleFile, String kind) {
    Path tests = ruleFile.resolveSibling("tests");
    if (!Files.isDirectory(tests)) {
      return List.of();
    }
    String prefix = stem(ruleFile) + "." + kind + ".";
    try (Stream<Path> s = Files.list(tests)) {
      return s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a test file holds, read back through {@link LogReader} with format recognition. */
  record Read(List<Event> events, List<Reject> rejects) {}

  static Read read(Path testFile) {
    List<Event> events = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    LogReader.builder().threads(1).zone(ZoneOffset.UTC).build().read(List.of(testFile.toString()), new EventSink() {
      @Override
      public void event(Event e) {
        events.add(e);
      }

      @Override
      public void reject(Reject r) {
        rejects.add(r);
      }
    });
    return new Read(events, rejects);
  }
}
