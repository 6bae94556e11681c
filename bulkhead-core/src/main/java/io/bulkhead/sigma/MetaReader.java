package io.bulkhead.sigma;

import io.bulkhead.sigma.model.Level;
import io.bulkhead.sigma.model.Logsource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/** Reads and checks the metadata every Sigma document shares: title, id, name, status, level, tags, dates, logsource. */
final class MetaReader {
  private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern DATE = Pattern.compile("\\d{4}[-/](0[1-9]|1[0-2])[-/](0[1-9]|[12]\\d|3[01])");
  private static final Pattern TAG = Pattern.compile("[a-z0-9_-]+\\.[a-z0-9._-]+");
  private static final Pattern LOGSOURCE_VALUE = Pattern.compile("[a-z0-9_.\\-]+");
  static final Set<String> STATUSES = Set.of("stable", "test", "experimental", "deprecated", "unsupported");
  private static final Set<String> RELATION_TYPES = Set.of("derived", "obsolete", "merged", "renamed", "similar");

  private MetaReader() {}

  /** The rule's metadata; problems reported to {@code p}. Never null: a missing title reads "(untitled)". */
  static RuleInfo read(Node doc, RuleKind kind, Problems p) {
    duplicates(doc, p);
    String title = string(doc, "title", p);
    if (title == null) {
      p.error(doc, "metadata", "a Sigma " + kind.name().toLowerCase(java.util.Locale.ROOT) + " needs a 'title'");
      title = "(untitled)";
    } else if (title.length() > 256) {
      p.warn(Nodes.get(doc, "title"), "metadata", "title is longer than 256 characters");
    }
    String id = string(doc, "id", p);
    if (id != null && !UUID.matcher(id).matches()) {
      p.warn(Nodes.get(doc, "id"), "metadata", "id '" + id + "' is not a UUID");
    }
    String name = string(doc, "name", p);
    String status = string(doc, "status", p);
    if (status != null && !STATUSES.contains(status)) {
      p.error(Nodes.get(doc, "status"), "metadata", "unknown status '" + status + "' (one of " + String.join(", ", sorted(STATUSES)) + ")");
      status = null;
    }
    Level level = null;
    String lv = string(doc, "level", p);
    if (lv != null) {
      level = Level.byName(lv).orElse(null);
      if (level == null) {
        p.error(Nodes.get(doc, "level"), "metadata", "unknown level '" + lv + "' (informational, low, medium, high or critical)");
      }
    }
    if (kind == RuleKind.FILTER && (Nodes.get(doc, "level") != null || Nodes.get(doc, "status") != null)) {
      p.warn(Nodes.get(doc, "level") != null ? Nodes.keyNode(doc, "level") : Nodes.keyNode(doc, "status"), "metadata",
          "a filter has no level or status; ignored");
    }
    for (String d : List.of("date", "modified")) {
      String v = string(doc, d, p);
      if (v != null && !DATE.matcher(v).matches()) {
        p.warn(Nodes.get(doc, d), "metadata", "'" + d + "' should be a date YYYY-MM-DD, not '" + v + "'");
      }
    }
    List<String> tags = tags(doc, p);
    related(doc, p);
    String taxonomy = string(doc, "taxonomy", p);
    Logsource ls = kind == RuleKind.CORRELATION ? new Logsource(null, null, null) : logsource(doc, p);
    int line = doc.getStartMark().map(m -> m.getLine()).orElse(0) + 1;
    return new RuleInfo(kind, id, name, title, level, status, tags, ls, taxonomy == null ? "sigma" : taxonomy, p.file(), line);
  }

  private static List<String> sorted(Set<String> s) {
    return s.stream().sorted().toList();
  }

  private static void duplicates(Node doc, Problems p) {
    Set<String> seen = new HashSet<>();
    for (NodeTuple t : Nodes.entries(doc)) {
      String k = Nodes.key(t);
      if (k != null && !seen.add(k)) {
        p.error(t.getKeyNode(), "duplicate", "'" + k + "' appears twice; YAML keeps only one");
      }
    }
  }

  /** A string-valued key, or null; a non-scalar is an error. */
  static String string(Node doc, String key, Problems p) {
    Node v = Nodes.get(doc, key);
    if (v == null || Nodes.isNull(v)) {
      return null;
    }
    if (!Nodes.isScalar(v)) {
      p.error(v, "metadata", "'" + key + "' must be a string, not " + Nodes.kind(v));
      return null;
    }
    return Nodes.text(v);
  }

  private static List<String> tags(Node doc, Problems p) {
    Node t = Nodes.get(doc, "tags");
    if (t == null || Nodes.isNull(t)) {
      return List.of();
    }
    if (!Nodes.isSeq(t)) {
      p.warn(t, "metadata", "'tags' should be a list");
      return Nodes.strings(t);
    }
    List<String> out = new ArrayList<>();
    for (Node i : Nodes.items(t)) {
      String s = Nodes.text(i);
      if (s == null) {
        p.warn(i, "metadata", "a tag must be a string");
        continue;
      }
      if (!TAG.matcher(s).matches()) {
        p.warn(i, "metadata", "tag '" + s + "' is not namespace.name in lower case");
      }
      out.add(s);
    }
    return out;
  }

  private static void related(Node doc, Problems p) {
    Node r = Nodes.get(doc, "related");
    for (Node i : Nodes.items(r)) {
      String type = Nodes.text(Nodes.get(i, "type"));
      if (Nodes.get(i, "id") == null || type == null) {
        p.warn(i, "metadata", "a 'related' entry needs 'id' and 'type'");
      } else if (!RELATION_TYPES.contains(type)) {
        p.warn(Nodes.get(i, "type"), "metadata", "unknown related type '" + type + "'");
      }
    }
  }

  private static Logsource logsource(Node doc, Problems p) {
    Node ls = Nodes.get(doc, "logsource");
    if (ls == null) {
      p.error(doc, "logsource", "a rule needs a 'logsource'");
      return new Logsource(null, null, null);
    }
    if (!Nodes.isMap(ls)) {
      p.error(ls, "logsource", "'logsource' must be a map, not " + Nodes.kind(ls));
      return new Logsource(null, null, null);
    }
    for (String k : List.of("category", "product", "service")) {
      Node v = Nodes.get(ls, k);
      if (v != null && !Nodes.isScalar(v)) {
        p.error(v, "logsource", "logsource '" + k + "' must be a string");
      } else if (v != null && Nodes.text(v) != null && !LOGSOURCE_VALUE.matcher(Nodes.text(v)).matches()) {
        p.warn(v, "logsource", "logsource '" + k + "' should be lower case, with '_' for spaces: '" + Nodes.text(v) + "'");
      }
    }
    return Logsources.logsource(ls);
  }
}
