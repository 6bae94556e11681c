package io.bulkhead.sigma;

import io.bulkhead.sigma.model.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * Compiles the documents of one file. Multi-document files are read as Sigma allows: several
 * independent rules (a correlation with the rules it uses), and Sigma 1.x collections, where a
 * document with {@code action: global} supplies keys to every following document,
 * {@code action: reset} forgets them, and {@code action: repeat} repeats the previous rule with
 * the keys it gives replaced (maps are merged key by key, anything else replaced).
 */
final class RuleCompiler {
  private final String file;
  private final Logsources logsources;
  private final Map<String, List<String>> placeholders;
  /** The diagnostics of the document being compiled; each document has its own. */
  private Problems p;

  RuleCompiler(String file, Logsources logsources, Map<String, List<String>> placeholders) {
    this.file = file;
    this.logsources = logsources;
    this.placeholders = placeholders;
  }

  List<Parsed> compile(List<Node> docs) {
    List<Parsed> out = new ArrayList<>();
    MappingNode global = null;
    MappingNode previous = null;
    for (Node d : docs) {
      p = new Problems(file);
      if (d == null || Nodes.isNull(d)) {
        continue; // an empty document, e.g. after a trailing '---'
      }
      if (!(d instanceof MappingNode doc)) {
        p.error(d, "structure", "a Sigma document must be a map, not " + Nodes.kind(d));
        out.add(new Parsed.Failed(placeholderInfo(d), p));
        continue;
      }
      String action = Nodes.text(Nodes.get(doc, "action"));
      MappingNode body = without(doc, "action");
      if (action != null) {
        switch (action) {
          case "global" -> {
            global = body;
            continue;
          }
          case "reset" -> {
            global = null;
            continue;
          }
          case "repeat" -> {
            if (previous == null) {
              p.error(Nodes.keyNode(doc, "action"), "structure", "'action: repeat' has no previous rule to repeat");
              out.add(new Parsed.Failed(placeholderInfo(doc), p));
              continue;
            }
            body = merge(previous, body);
          }
          default -> {
            p.error(Nodes.get(doc, "action"), "structure", "unknown action '" + action + "' (global, reset or repeat)");
            out.add(new Parsed.Failed(placeholderInfo(doc), p));
            continue;
          }
        }
      } else if (global != null) {
        body = merge(global, body);
      }
      previous = body;
      out.add(document(body));
    }
    return out;
  }

  private RuleInfo placeholderInfo(Node d) {
    int line = d.getStartMark().map(m -> m.getLine()).orElse(0) + 1;
    return new RuleInfo(RuleKind.DETECTION, null, null, "(not a rule)", null, null, List.of(),
        new io.bulkhead.sigma.model.Logsource(null, null, null), "sigma", file, line);
  }

  private Parsed document(MappingNode doc) {
    int mark = p.mark();
    boolean det = Nodes.get(doc, "detection") != null;
    boolean corr = Nodes.get(doc, "correlation") != null;
    boolean filter = Nodes.get(doc, "filter") != null;
    int kinds = (det ? 1 : 0) + (corr ? 1 : 0) + (filter ? 1 : 0);
    RuleKind kind = corr ? RuleKind.CORRELATION : filter && !det ? RuleKind.FILTER : RuleKind.DETECTION;
    RuleInfo info = MetaReader.read(doc, kind, p);
    if (kinds == 0) {
      p.error(doc, "structure", "not a Sigma rule: no 'detection', 'correlation' or 'filter'");
      return new Parsed.Failed(info, p);
    }
    if (kinds > 1) {
      p.error(doc, "structure", "a document is a detection, a correlation or a filter, not several; split it with '---'");
      return new Parsed.Failed(info, p);
    }
    Parsed result = switch (kind) {
      case DETECTION -> detection(info, doc);
      case CORRELATION -> new CorrelationReader(p).read(info, doc);
      case FILTER -> filter(info, doc);
      case ANALYTIC -> throw new IllegalStateException("analytics are built in, never read from a document");
    };
    return p.errorsSince(mark) ? new Parsed.Failed(info, p) : result;
  }

  private record Routing(Logsources.Route route, FieldMapping mapping) {}

  /** The route and field mapping of a logsource, with warnings when there is none. */
  private Routing route(RuleInfo info, Node doc) {
    Logsources.Route route = info.logsource().isEmpty() ? null : logsources.route(info.logsource());
    if (route == null && !info.logsource().isEmpty() && Nodes.get(doc, "logsource") != null) {
      p.warn(Nodes.keyNode(doc, "logsource"), "logsource", "Bulkhead reads no log for logsource " + info.logsource()
          + "; the rule loads but cannot match");
    }
    FieldMapping mapping = route == null ? FieldMapping.IDENTITY : route.mapping(info.taxonomy());
    if (mapping == null) {
      p.warn(Nodes.keyNode(doc, "taxonomy"), "logsource", "no field mapping for taxonomy '" + info.taxonomy()
          + "' on logsource " + info.logsource() + "; fields are read as written");
      mapping = FieldMapping.IDENTITY;
    }
    return new Routing(route, mapping);
  }

  private Parsed detection(RuleInfo info, MappingNode doc) {
    Routing r = route(info, doc);
    ValueCompiler vc = new ValueCompiler(p, placeholders, r.mapping()::resolve);
    Condition c = new DetectionCompiler(p, vc).compile(Nodes.get(doc, "detection"), Set.of("condition"), "detection");
    if (c == null) {
      return new Parsed.Failed(info, p);
    }
    return new Parsed.Detection(info, p, c, r.route(), r.mapping());
  }

  private Parsed filter(RuleInfo info, MappingNode doc) {
    Node section = Nodes.get(doc, "filter");
    Routing r = route(info, doc);
    Node rulesNode = Nodes.get(section, "rules");
    List<String> rules = List.of();
    boolean any = false;
    if (rulesNode == null || Nodes.isNull(rulesNode)) {
      p.error(Nodes.isMap(section) ? section : doc, "filter", "a filter needs 'rules': the ids or names of the rules it applies to");
    } else if (Nodes.isScalar(rulesNode) && "any".equals(Nodes.text(rulesNode))) {
      any = true;
    } else {
      rules = Nodes.strings(rulesNode);
      if (rules.isEmpty()) {
        p.error(rulesNode, "filter", "'rules' must list rule ids or names (or be 'any')");
      }
    }
    ValueCompiler vc = new ValueCompiler(p, placeholders, r.mapping()::resolve);
    Condition c = new DetectionCompiler(p, vc).compile(section, Set.of("rules", "condition"), "filter");
    if (c == null) {
      return new Parsed.Failed(info, p);
    }
    if (!containsNot(c)) {
      p.warn(Nodes.get(section, "condition"), "filter", "this filter keeps only events its condition matches:"
          + " Bulkhead (like pySigma) ANDs a filter's condition to the rule's, so an exclusion reads 'not selection'");
    }
    return new Parsed.Filter(info, p, rules, any, c, rulesNode);
  }

  private static boolean containsNot(Condition c) {
    return switch (c) {
      case Condition.Not n -> true;
      case Condition.And a -> a.terms().stream().anyMatch(RuleCompiler::containsNot);
      case Condition.Or o -> o.terms().stream().anyMatch(RuleCompiler::containsNot);
      default -> false;
    };
  }

  private static MappingNode without(MappingNode doc, String key) {
    List<NodeTuple> kept = new ArrayList<>();
    for (NodeTuple t : doc.getValue()) {
      if (!key.equals(Nodes.key(t))) {
        kept.add(t);
      }
    }
    return new MappingNode(doc.getTag(), true, kept, doc.getFlowStyle(), doc.getStartMark(), doc.getEndMark());
  }

  /** {@code over} on top of {@code base}: maps merged key by key, anything else replaced. */
  static MappingNode merge(MappingNode base, MappingNode over) {
    List<NodeTuple> out = new ArrayList<>();
    for (NodeTuple b : base.getValue()) {
      Node o = Nodes.key(b) == null ? null : Nodes.get(over, Nodes.key(b));
      if (o == null) {
        out.add(b);
      } else if (b.getValueNode() instanceof MappingNode bm && o instanceof MappingNode om) {
        out.add(new NodeTuple(Nodes.keyNode(over, Nodes.key(b)), merge(bm, om)));
      } else {
        out.add(new NodeTuple(Nodes.keyNode(over, Nodes.key(b)), o));
      }
    }
    for (NodeTuple t : over.getValue()) {
      if (Nodes.key(t) == null || Nodes.get(base, Nodes.key(t)) == null) {
        out.add(t);
      }
    }
    return new MappingNode(over.getTag(), true, out, over.getFlowStyle(), over.getStartMark(), over.getEndMark());
  }
}
