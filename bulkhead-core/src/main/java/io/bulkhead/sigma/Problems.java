package io.bulkhead.sigma;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Collects the diagnostics of one file, with positions taken from YAML nodes, so that the
 * compiler can report every problem of a rule and go on instead of stopping at the first.
 */
final class Problems {
  private final String file;
  private final List<Diagnostic> all = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  void error(Node at, String code, String message) {
    add(at, Severity.ERROR, code, message);
  }

  void warn(Node at, String code, String message) {
    add(at, Severity.WARNING, code, message);
  }

  void add(Node at, Severity s, String code, String message) {
    Optional<Mark> m = at == null ? Optional.empty() : at.getStartMark();
    add(m.map(Mark::getLine).orElse(0) + 1, m.map(Mark::getColumn).orElse(0) + 1, s, code, message);
  }

  void add(int line, int column, Severity s, String code, String message) {
    all.add(new Diagnostic(file, line, column, s, code, message));
  }

  /** A mark of the position where the count of diagnostics stands, to ask later whether errors came since. */
  int mark() {
    return all.size();
  }

  boolean errorsSince(int mark) {
    for (int i = mark; i < all.size(); i++) {
      if (all.get(i).isError()) {
        return true;
      }
    }
    return false;
  }

  List<Diagnostic> since(int mark) {
    return List.copyOf(all.subList(mark, all.size()));
  }

  List<Diagnostic> all() {
    return List.copyOf(all);
  }
}
