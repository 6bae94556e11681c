package io.bulkhead.sigma;

import io.bulkhead.sigma.model.Condition;
import io.bulkhead.sigma.model.Correlation;
import io.bulkhead.sigma.model.FieldRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Links the documents of every loaded file: checks that ids and names are unique, joins meta
 * filters into the rules they name, and resolves what correlations refer to (other files
 * included), refusing loops. A document that fails here is rejected like one that failed to
 * compile.
 */
final class Linker {
  private final List<Parsed> parsed;
  private final Set<Parsed> failed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<String, Parsed> refs = new HashMap<>();
  private final Map<Parsed.Detection, CompiledRule> compiled = new IdentityHashMap<>();
  private final Map<Parsed.Corr, CorrelationRule> correlations = new IdentityHashMap<>();
  private final Deque<Parsed.Corr> resolving = new ArrayDeque<>();

  Linker(List<Parsed> parsed) {
    this.parsed = parsed;
  }

  RuleSet link(List<Diagnostic> fileLevel) {
    for (Parsed p : parsed) {
      if (p instanceof Parsed.Failed) {
        failed.add(p);
      }
    }
    index();
    Map<Parsed.Detection, List<Parsed.Filter>> filters = filters();
    for (Parsed p : parsed) {
      if (p instanceof Parsed.Detection d && !failed.contains(d)) {
        List<Parsed.Filter> fs = filters.getOrDefault(d, List.of());
        Condition c = d.condition();
        if (!fs.isEmpty()) {
          List<Condition> terms = new ArrayList<>(List.of(c));
          fs.forEach(f -> terms.add(f.condition()));
          c = new Condition.And(terms);
        }
        compiled.put(d, new CompiledRule(d.info(), c, fs.stream().map(Parsed.Filter::info).toList(), d.route(), d.mapping()));
      }
    }
    for (Parsed p : parsed) {
      if (p instanceof Parsed.Corr c && !failed.contains(c)) {
        resolve(c);
      }
    }
    return assemble(fileLevel);
  }

  private void index() {
    for (Parsed p : parsed) {
      for (String key : new String[] {p.info().id(), p.info().name()}) {
        if (key == null) {
          continue;
        }
        Parsed other = refs.putIfAbsent(key, p);
        if (other != null && other != p) {
          fail(p, null, "duplicate", "'" + key + "' already names the rule at " + other.info().location()
              + "; ids and names must be unique");
        }
      }
    }
  }

  private Map<Parsed.Detection, List<Parsed.Filter>> filters() {
    Map<Parsed.Detection, List<Parsed.Filter>> out = new IdentityHashMap<>();
    for (Parsed p : parsed) {
      if (!(p instanceof Parsed.Filter f) || failed.contains(f)) {
        continue;
      }
      List<Parsed.Detection> targets = new ArrayList<>();
      if (f.any()) {
        for (Parsed q : parsed) {
          if (q instanceof Parsed.Detection d && !failed.contains(d) && f.info().logsource().covers(d.info().logsource())) {
            targets.add(d);
          }
        }
      }
      for (String name : f.rules()) {
        Parsed q = refs.get(name);
        Node at = f.rulesNode();
        if (q == null) {
          f.problems().warn(at, "filter", "filter names '" + name + "', which is not loaded; it applies to nothing there");
        } else if (failed.contains(q)) {
          f.problems().warn(at, "filter", "filter names '" + name + "', which did not load");
        } else if (!(q instanceof Parsed.Detection d)) {
          f.problems().warn(at, "filter", "filter names '" + name + "', a " + q.info().kind().name().toLowerCase(java.util.Locale.ROOT)
              + "; filters apply to detection rules only");
        } else if (!f.info().logsource().covers(d.info().logsource())) {
          f.problems().warn(at, "filter", "filter's logsource " + f.info().logsource() + " does not cover rule '" + name
              + "' (" + d.info().logsource() + "); not applied");
        } else {
          targets.add(d);
        }
      }
      for (Parsed.Detection d : targets) {
        out.computeIfAbsent(d, k -> new ArrayList<>()).add(f);
      }
    }
    return out;
  }

  /** The linked correlation, or null when it (or something it refers to) failed. */
  private CorrelationRule resolve(Parsed.Corr c) {
    if (correlations.containsKey(c)) {
      return correlations.get(c);
    }
    if (failed.contains(c)) {
      return null;
    }
    Node rulesNode = Nodes.get(c.section(), "rules");
    if (resolving.contains(c)) {
      List<String> chain = new ArrayList<>();
      resolving.descendingIterator().forEachRemaining(x -> chain.add(x.info().key()));
      chain.add(c.info().key());
      fail(c, rulesNode, "correlation", "correlations refer to each other in a loop: " + String.join(" -> ", chain));
      return null;
    }
    resolving.push(c);
    try {
      return build(c, rulesNode);
    } finally {
      resolving.pop();
    }
  }

  private CorrelationRule build(Parsed.Corr c, Node rulesNode) {
    Correlation corr = c.correlation();
    List<Object> targets = new ArrayList<>();
    boolean ok = true;
    for (String ref : corr.rules()) {
      Parsed q = refs.get(ref);
      Object target = null;
      if (q == null) {
        fail(c, rulesNode, "reference", "correlation refers to '" + ref + "', which is not loaded");
      } else if (q == c) {
        fail(c, rulesNode, "correlation", "correlation refers to itself");
      } else if (q instanceof Parsed.Detection d && compiled.containsKey(d)) {
        target = compiled.get(d);
      } else if (q instanceof Parsed.Corr child && !failed.contains(child)) {
        target = resolve(child);
        if (target == null && !failed.contains(c)) {
          fail(c, rulesNode, "reference", "correlation refers to '" + ref + "', which did not load");
        }
      } else if (q instanceof Parsed.Filter) {
        fail(c, rulesNode, "reference", "correlation refers to '" + ref + "', a filter");
      } else {
        fail(c, rulesNode, "reference", "correlation refers to '" + ref + "', which did not load");
      }
      ok &= target != null;
      targets.add(target);
    }
    if (!ok || failed.contains(c)) {
      return null;
    }
    Node aliasesNode = Nodes.get(c.section(), "aliases");
    for (Map.Entry<String, Map<String, String>> a : corr.aliases().entrySet()) {
      for (String r : a.getValue().keySet()) {
        if (!corr.rules().contains(r) && targets.stream().noneMatch(t -> names(t).contains(r))) {
          fail(c, aliasesNode, "correlation", "alias '" + a.getKey() + "' names rule '" + r + "', which the correlation does not refer to");
        }
      }
      if (!corr.groupBy().contains(a.getKey()) && !corr.fields().contains(a.getKey())) {
        c.problems().warn(aliasesNode, "correlation", "alias '" + a.getKey() + "' is not used in group-by");
      }
    }
    List<CorrelationRule.Input> inputs = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      CorrelationRule.Input in = input(c, i, corr.rules().get(i), targets.get(i));
      if (in == null) {
        return null;
      }
      inputs.add(in);
    }
    if (failed.contains(c)) {
      return null;
    }
    CorrelationRule rule = new CorrelationRule(c.info(), corr, inputs);
    correlations.put(c, rule);
    return rule;
  }

  private CorrelationRule.Input input(Parsed.Corr c, int index, String ref, Object target) {
    Correlation corr = c.correlation();
    Set<String> names = names(target);
    names.add(ref);
    List<String> group = new ArrayList<>();
    for (String g : corr.groupBy()) {
      group.add(alias(corr, g, names));
    }
    List<String> values = new ArrayList<>();
    for (String f : corr.fields()) {
      values.add(alias(corr, f, names));
    }
    if (target instanceof CompiledRule r) {
      FieldMapping m = r.mapping() == null ? FieldMapping.IDENTITY : r.mapping();
      List<FieldRef> gf = group.stream().map(m::resolve).toList();
      List<FieldRef> vf = corr.type().needsField() ? values.stream().map(m::resolve).toList() : List.of();
      return new CorrelationRule.Input(index, r, null, gf, List.of(), vf, List.of());
    }
    CorrelationRule child = (CorrelationRule) target;
    Node at = Nodes.get(c.section(), "group-by") != null ? Nodes.get(c.section(), "group-by") : c.section();
    List<String> childGroups = child.correlation().groupBy();
    for (String g : group) {
      if (!childGroups.contains(g)) {
        fail(c, at, "correlation", "correlation groups by '" + g + "', which correlation '" + ref
            + "' does not group by; a chained correlation can only group by its inputs' group-by fields");
        return null;
      }
    }
    if (corr.type().needsField()) {
      for (String v : values) {
        if (!childGroups.contains(v)) {
          fail(c, Nodes.get(c.section(), "condition"), "correlation", "'" + v + "' is not a group-by field of correlation '"
              + ref + "', so its matches have no such value");
          return null;
        }
      }
    }
    return new CorrelationRule.Input(index, null, child, List.of(), group, List.of(),
        corr.type().needsField() ? values : List.of());
  }

  private static String alias(Correlation corr, String field, Set<String> names) {
    Map<String, String> perRule = corr.aliases().get(field);
    if (perRule != null) {
      for (Map.Entry<String, String> e : perRule.entrySet()) {
        if (names.contains(e.getKey())) {
          return e.getValue();
        }
      }
    }
    return field;
  }

  private static Set<String> names(Object target) {
    RuleInfo i = target instanceof CompiledRule r ? r.info() : ((CorrelationRule) target).info();
    Set<String> s = new HashSet<>();
    if (i.id() != null) {
      s.add(i.id());
    }
    if (i.name() != null) {
      s.add(i.name());
    }
    return s;
  }

  private void fail(Parsed p, Node at, String code, String message) {
    if (at != null) {
      p.problems().error(at, code, message);
    } else {
      p.problems().add(p.info().line(), 1, Severity.ERROR, code, message);
    }
    failed.add(p);
  }

  private RuleSet assemble(List<Diagnostic> fileLevel) {
    List<CompiledRule> dets = new ArrayList<>();
    List<CorrelationRule> corrs = new ArrayList<>();
    List<RuleInfo> filterInfos = new ArrayList<>();
    List<RejectedRule> rejected = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>(fileLevel);
    for (Parsed p : parsed) {
      diagnostics.addAll(p.problems().all());
      if (failed.contains(p)) {
        List<Diagnostic> errors = p.problems().all().stream().filter(Diagnostic::isError).toList();
        rejected.add(new RejectedRule(p.info().file(), p.info().line(),
            p.info().title().equals("(untitled)") || p.info().title().equals("(not a rule)") ? null : p.info().title(), errors));
      } else if (p instanceof Parsed.Detection d) {
        dets.add(compiled.get(d));
      } else if (p instanceof Parsed.Corr c) {
        corrs.add(correlations.get(c));
      } else if (p instanceof Parsed.Filter f) {
        filterInfos.add(f.info());
      }
    }
    Map<RuleInfo, Boolean> alone = new LinkedHashMap<>();
    dets.forEach(d -> alone.put(d.info(), true));
    corrs.forEach(c -> alone.put(c.info(), true));
    for (CorrelationRule c : corrs) {
      for (CorrelationRule.Input in : c.inputs()) {
        RuleInfo i = in.info();
        if (!c.correlation().generate() && Boolean.TRUE.equals(alone.get(i))) {
          alone.put(i, false);
        }
      }
    }
    // generate: true on any referring correlation wins over another's default.
    for (CorrelationRule c : corrs) {
      if (c.correlation().generate()) {
        c.inputs().forEach(in -> alone.put(in.info(), true));
      }
    }
    diagnostics.sort(null);
    return new RuleSet(dets, corrs, filterInfos, rejected, diagnostics, alone);
  }
}
