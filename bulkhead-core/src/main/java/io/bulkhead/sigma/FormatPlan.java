package io.bulkhead.sigma;

import com.fasterxml.jackson.databind.JsonNode;
import io.bulkhead.sigma.model.FieldRef;
import io.bulkhead.sigma.model.Glob;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules that run on one reader format, indexed by their prefilter literals: for each field
 * some rule requires, a table from exact folded values to rules (probed without folding, see
 * {@link FoldedTable}) and a list of prefix, suffix and contains literals. {@link #candidates} looks each such field up once per event and returns
 * the rules worth evaluating, in rule order.
 *
 * <p>Which requirement indexes a rule is chosen over the whole rule set: the one whose literals
 * the fewest other rules share (an {@code eventName} value is rarer than an {@code eventSource}
 * value), so that an event wakes as few rules as possible.
 *
 * <p>Not thread-safe: it reuses buffers between events; a {@link Detector} owns its plans.
 */
final class FormatPlan {
  private record Scan(Prefilter.Atom atom, int rule) {}

  private final CompiledRule[] rules;
  private final int[] always;
  private final List<FieldRef> fields = new ArrayList<>();
  private final List<FoldedTable> exact = new ArrayList<>();
  private final List<Scan[]> scans = new ArrayList<>();
  /** Per rule, the index of its route's precondition in {@link #preconditions}, or -1. */
  private final int[] precondition;
  private final List<Logsources.Route> preconditions = new ArrayList<>();
  private final boolean[] marked;
  private final int[] found;
  private final byte[] preState;
  private int foundCount;

  FormatPlan(List<CompiledRule> runnable) {
    this.rules = runnable.toArray(CompiledRule[]::new);
    List<List<List<Prefilter.Atom>>> options = new ArrayList<>();
    Map<Prefilter.Atom, Integer> shared = new HashMap<>();
    for (CompiledRule r : rules) {
      List<List<Prefilter.Atom>> o = Prefilter.options(r.condition());
      options.add(o);
      for (List<Prefilter.Atom> req : o) {
        for (Prefilter.Atom a : req) {
          shared.merge(a, 1, Integer::sum);
        }
      }
    }
    Map<FieldRef, Integer> fieldIndex = new LinkedHashMap<>();
    Map<FieldRef, Map<String, List<Integer>>> exactBuild = new LinkedHashMap<>();
    Map<FieldRef, List<Scan>> scanBuild = new LinkedHashMap<>();
    List<Integer> alwaysBuild = new ArrayList<>();
    for (int i = 0; i < rules.length; i++) {
      List<Prefilter.Atom> best = choose(options.get(i), shared);
      if (best == null) {
        alwaysBuild.add(i);
        continue;
      }
      for (Prefilter.Atom a : best) {
        fieldIndex.computeIfAbsent(a.field(), f -> fieldIndex.size());
        if (a.kind() == Glob.Kind.EXACT) {
          exactBuild.computeIfAbsent(a.field(), f -> new HashMap<>()).computeIfAbsent(a.literal(), l -> new ArrayList<>()).add(i);
        } else {
          scanBuild.computeIfAbsent(a.field(), f -> new ArrayList<>()).add(new Scan(a, i));
        }
      }
    }
    for (FieldRef f : fieldIndex.keySet()) {
      fields.add(f);
      Map<String, int[]> m = new HashMap<>();
      exactBuild.getOrDefault(f, Map.of()).forEach((k, v) -> m.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
      exact.add(new FoldedTable(m));
      scans.add(scanBuild.getOrDefault(f, List.of()).toArray(Scan[]::new));
    }
    this.always = alwaysBuild.stream().mapToInt(Integer::intValue).toArray();
    this.precondition = new int[rules.length];
    Map<Logsources.Route, Integer> pre = new IdentityHashMap<>();
    for (int i = 0; i < rules.length; i++) {
      Logsources.Route route = rules[i].route();
      if (route == null || route.precondition == null || rules[i].runsOnEveryFormat()) {
        precondition[i] = -1;
      } else {
        precondition[i] = pre.computeIfAbsent(route, r -> {
          preconditions.add(r);
          return preconditions.size() - 1;
        });
      }
    }
    this.marked = new boolean[rules.length];
    this.found = new int[rules.length];
    this.preState = new byte[preconditions.size()];
  }

  /** The requirement whose atoms the fewest rules share; null when the rule has none. */
  private static List<Prefilter.Atom> choose(List<List<Prefilter.Atom>> options, Map<Prefilter.Atom, Integer> shared) {
    List<Prefilter.Atom> best = null;
    long bestScore = Long.MAX_VALUE;
    for (List<Prefilter.Atom> req : options) {
      long score = 0;
      for (Prefilter.Atom a : req) {
        score += (long) shared.get(a) * (a.kind() == Glob.Kind.EXACT ? 1 : 4) + (a.kind() == Glob.Kind.EXACT ? 0 : 2);
      }
      if (score < bestScore) {
        bestScore = score;
        best = req;
      }
    }
    return best;
  }

  int size() {
    return rules.length;
  }

  CompiledRule rule(int i) {
    return rules[i];
  }

  /** How many rules have no prefilter and are evaluated on every event of the format. */
  int unfiltered() {
    return always.length;
  }

  /**
   * The rules whose prefilter lets {@code raw} through, in rule order. The array is reused:
   * read it before the next call.
   */
  int[] candidates(JsonNode raw) {
    foundCount = 0;
    for (int r : always) {
      mark(r);
    }
    for (int fi = 0; fi < fields.size(); fi++) {
      FoldedTable ex = exact.get(fi);
      Scan[] sc = scans.get(fi);
      Values.any(raw, fields.get(fi), v -> Values.anyText(v, t -> {
        int[] hit = ex.isEmpty() ? null : ex.get(t);
        if (hit != null) {
          for (int r : hit) {
            mark(r);
          }
        }
        if (sc.length > 0) {
          String folded = Glob.fold(t);
          for (Scan s : sc) {
            if (!marked[s.rule] && Prefilter.holds(s.atom, folded)) {
              mark(s.rule);
            }
          }
        }
        return false; // look at every text of every value
      }));
    }
    int[] out = Arrays.copyOf(found, foundCount);
    for (int i = 0; i < foundCount; i++) {
      marked[found[i]] = false;
    }
    Arrays.sort(out);
    Arrays.fill(preState, (byte) 0);
    return out;
  }

  private void mark(int r) {
    if (!marked[r]) {
      marked[r] = true;
      found[foundCount++] = r;
    }
  }

  /** Whether rule {@code i}'s route precondition holds for the event last passed to {@link #candidates}. */
  boolean precondition(int i, JsonNode raw) {
    int p = precondition[i];
    if (p < 0) {
      return true;
    }
    if (preState[p] == 0) {
      preState[p] = (byte) (Evaluator.eval(preconditions.get(p).precondition, raw) ? 1 : 2);
    }
    return preState[p] == 1;
  }
}
