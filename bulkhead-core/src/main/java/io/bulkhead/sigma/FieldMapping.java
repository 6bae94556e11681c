package io.bulkhead.sigma;

import io.bulkhead.sigma.model.FieldRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Field names as rules write them, mapped to the paths of the raw document they are read from.
 * An entry maps a name to one or more paths; an entry {@code prefix.*} maps every name under the
 * prefix, the rest of the name replacing {@code *} in each target. Exact entries win over
 * prefixes, longer prefixes over shorter; an unmapped name is read as written.
 */
final class FieldMapping {
  static final FieldMapping IDENTITY = new FieldMapping(Map.of(), List.of());

  private final Map<String, List<String>> exact;
  private final List<Map.Entry<String, List<String>>> prefixes;

  FieldMapping(Map<String, List<String>> exact, List<Map.Entry<String, List<String>>> prefixes) {
    this.exact = Map.copyOf(exact);
    List<Map.Entry<String, List<String>>> p = new ArrayList<>(prefixes);
    p.sort(Comparator.comparingInt((Map.Entry<String, List<String>> e) -> e.getKey().length()).reversed());
    this.prefixes = List.copyOf(p);
  }

  /** Entries as a data file writes them: {@code name: [paths]} or {@code prefix.*: [other.*]}. */
  static FieldMapping of(Map<String, List<String>> entries) {
    Map<String, List<String>> exact = new LinkedHashMap<>();
    List<Map.Entry<String, List<String>>> prefixes = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : entries.entrySet()) {
      if (e.getKey().endsWith("*")) {
        String prefix = e.getKey().substring(0, e.getKey().length() - 1);
        for (String t : e.getValue()) {
          if (!t.endsWith("*")) {
            throw new IllegalArgumentException("mapping of '" + e.getKey() + "' must map to prefixes ending in '*', not '" + t + "'");
          }
        }
        prefixes.add(Map.entry(prefix, List.copyOf(e.getValue())));
      } else {
        exact.put(e.getKey(), List.copyOf(e.getValue()));
      }
    }
    return new FieldMapping(exact, prefixes);
  }

  /** This mapping, with {@code other}'s entries for names this one does not map. */
  FieldMapping then(FieldMapping other) {
    Map<String, List<String>> e = new LinkedHashMap<>(other.exact);
    e.putAll(exact);
    List<Map.Entry<String, List<String>>> p = new ArrayList<>(prefixes);
    for (Map.Entry<String, List<String>> o : other.prefixes) {
      if (p.stream().noneMatch(x -> x.getKey().equals(o.getKey()))) {
        p.add(o);
      }
    }
    return new FieldMapping(e, p);
  }

  FieldRef resolve(String name) {
    List<String> targets = exact.get(name);
    if (targets != null) {
      return new FieldRef(name, targets.stream().map(FieldRef::split).toList());
    }
    for (Map.Entry<String, List<String>> p : prefixes) {
      if (name.startsWith(p.getKey())) {
        String rest = name.substring(p.getKey().length());
        return new FieldRef(name, p.getValue().stream()
            .map(t -> FieldRef.split(t.substring(0, t.length() - 1) + rest)).distinct().toList());
      }
    }
    return FieldRef.of(name);
  }

  boolean isEmpty() {
    return exact.isEmpty() && prefixes.isEmpty();
  }
}
