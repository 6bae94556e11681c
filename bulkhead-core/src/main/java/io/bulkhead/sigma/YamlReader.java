package io.bulkhead.sigma;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads a rule file into YAML node trees (one per document) that keep their positions, within
 * safety limits: a rule file is small, and a hostile one must not exhaust the stack (deep
 * nesting), memory (alias bombs) or time.
 *
 * <p>The file is first scanned as a stream of parser events, which SnakeYAML produces without
 * recursion: the scan measures nesting depth, counts nodes and aliases, and computes the size
 * the document would have with every alias expanded. Only a file within the limits is composed
 * into nodes, so SnakeYAML's recursive composer never sees deep input and no later walk over
 * the nodes can blow up.
 */
final class YamlReader {
  /** Largest rule file, in characters. */
  static final int MAX_CHARS = 1 << 20;
  /** Deepest nesting of collections; Sigma rules nest about five deep. */
  static final int MAX_DEPTH = 64;
  /** Most nodes in a file, counting every alias as the size of what it refers to. */
  static final int MAX_EXPANDED_NODES = 200_000;
  /** Most aliases in a file; Sigma rules rarely use any. */
  static final int MAX_ALIASES = 100;
  /** Most documents in one file. */
  static final int MAX_DOCUMENTS = 5_000;

  private YamlReader() {}

  private static LoadSettings settings(String file) {
    return LoadSettings.builder()
        .setLabel(file)
        .setSchema(new CoreSchema())
        .setAllowDuplicateKeys(true) // duplicates are reported with positions by the compiler
        .setAllowRecursiveKeys(false)
        .setMaxAliasesForCollections(MAX_ALIASES)
        .setCodePointLimit(MAX_CHARS + 16)
        .setUseMarks(true)
        .build();
  }

  /** The documents of {@code text}; empty, with an error in {@code p}, when it cannot be read safely. */
  static List<Node> read(String text, Problems p) {
    if (text.length() > MAX_CHARS) {
      p.add(1, 1, Severity.ERROR, "limit", "file is larger than " + (MAX_CHARS >> 10) + " KiB; not read");
      return List.of();
    }
    try {
      if (!withinLimits(text, p)) {
        return List.of();
      }
      List<Node> docs = new ArrayList<>();
      for (Node n : new Compose(settings(p.file())).composeAllFromString(text)) {
        docs.add(n);
      }
      return docs;
    } catch (MarkedYamlEngineException e) {
      Optional<Mark> m = e.getProblemMark().or(e::getContextMark);
      p.add(m.map(Mark::getLine).orElse(0) + 1, m.map(Mark::getColumn).orElse(0) + 1, Severity.ERROR, "yaml",
          "YAML syntax: " + oneLine(e.getProblem() != null ? e.getProblem() : e.getMessage()));
    } catch (YamlEngineException e) {
      p.add(1, 1, Severity.ERROR, "yaml", "YAML: " + oneLine(e.getMessage()));
    }
    return List.of();
  }

  /** The event scan: false, with an error in {@code p}, when a limit is exceeded. */
  private static boolean withinLimits(String text, Problems p) {
    int depth = 0;
    long expanded = 0;
    int aliases = 0;
    int documents = 0;
    Map<String, Long> weight = new HashMap<>();
    Deque<Object[]> open = new ArrayDeque<>(); // {anchor or null, expanded at start}
    for (Event ev : new Parse(settings(p.file())).parseString(text)) {
      switch (ev.getEventId()) {
        case DocumentStart -> {
          if (++documents > MAX_DOCUMENTS) {
            return fail(p, ev, "more than " + MAX_DOCUMENTS + " documents in one file");
          }
        }
        case MappingStart, SequenceStart -> {
          if (++depth > MAX_DEPTH) {
            return fail(p, ev, "nesting deeper than " + MAX_DEPTH + " levels");
          }
          expanded++;
          open.push(new Object[] {anchor(ev), expanded});
        }
        case MappingEnd, SequenceEnd -> {
          depth--;
          Object[] o = open.pop();
          if (o[0] != null) {
            weight.put((String) o[0], expanded - (Long) o[1] + 1);
          }
        }
        case Scalar -> {
          expanded++;
          String a = anchor(ev);
          if (a != null) {
            weight.put(a, 1L);
          }
        }
        case Alias -> {
          if (++aliases > MAX_ALIASES) {
            return fail(p, ev, "more than " + MAX_ALIASES + " aliases");
          }
          String a = ((AliasEvent) ev).getAlias().getValue();
          for (Object[] o : open) {
            if (a.equals(o[0])) {
              return fail(p, ev, "alias *" + a + " refers to a collection that contains it");
            }
          }
          expanded += weight.getOrDefault(a, 1L);
        }
        default -> { }
      }
      if (expanded > MAX_EXPANDED_NODES) {
        return fail(p, ev, "more than " + MAX_EXPANDED_NODES + " nodes (aliases expanded)");
      }
    }
    return true;
  }

  private static String anchor(Event ev) {
    return ev instanceof NodeEvent n ? n.getAnchor().map(a -> a.getValue()).orElse(null) : null;
  }

  private static boolean fail(Problems p, Event ev, String why) {
    Optional<Mark> m = ev.getStartMark();
    p.add(m.map(Mark::getLine).orElse(0) + 1, m.map(Mark::getColumn).orElse(0) + 1, Severity.ERROR, "limit",
        "YAML exceeds a safety limit: " + why + "; not read");
    return false;
  }

  private static String oneLine(String s) {
    return s == null ? "unreadable" : s.strip().replaceAll("\\s+", " ");
  }
}
