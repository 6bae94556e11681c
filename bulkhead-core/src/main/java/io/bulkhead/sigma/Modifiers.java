package io.bulkhead.sigma;

import io.bulkhead.sigma.model.ValueTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The modifiers of one detection key ({@code field|mod1|mod2}), parsed and checked for
 * combinations that make no sense. Transformations keep their order (the specification applies
 * modifiers in the order written); the type modifiers are flags.
 */
final class Modifiers {
  /** Every modifier of Sigma 2.1, pySigma's aliases included. */
  static final Set<String> KNOWN = Set.of(
      "all", "startswith", "endswith", "contains", "exists", "cased", "neq", "windash",
      "re", "i", "m", "s", "ignorecase", "multiline", "dotall",
      "base64", "base64offset", "utf16le", "utf16be", "utf16", "wide",
      "lt", "lte", "gt", "gte", "minute", "hour", "day", "week", "month", "year",
      "cidr", "expand", "fieldref");

  private static final Map<String, String> ALIASES = Map.of(
      "wide", "utf16le", "ignorecase", "i", "multiline", "m", "dotall", "s");

  private static final Set<String> TRANSFORMS = Set.of(
      "startswith", "endswith", "contains", "windash", "base64", "base64offset", "utf16le", "utf16be", "utf16", "expand");

  /** Transformations, in order (aliases resolved). */
  final List<String> transforms = new ArrayList<>();
  boolean all;
  boolean cased;
  boolean neq;
  boolean exists;
  boolean re;
  boolean cidr;
  boolean fieldref;
  String reFlags = "";
  ValueTest.Op compare;
  ValueTest.Unit unit;
  /** Problems found: each a message; empty when the chain is valid. */
  final List<String> errors = new ArrayList<>();
  final List<String> warnings = new ArrayList<>();

  static Modifiers parse(List<String> names) {
    Modifiers m = new Modifiers();
    for (String raw : names) {
      String n = ALIASES.getOrDefault(raw, raw);
      if (!KNOWN.contains(raw)) {
        m.errors.add(raw.isEmpty() ? "empty modifier (two '|' in a row)" : "unknown modifier '" + raw + "'");
        continue;
      }
      switch (n) {
        case "all" -> m.all = true;
        case "cased" -> m.cased = true;
        case "neq" -> m.neq = true;
        case "exists" -> m.exists = true;
        case "re" -> m.re = true;
        case "i", "m", "s" -> m.reFlags += n;
        case "cidr" -> m.cidr = true;
        case "fieldref" -> m.fieldref = true;
        case "lt", "lte", "gt", "gte" -> {
          if (m.compare != null) {
            m.errors.add("more than one comparison modifier ('" + raw + "' after another)");
          }
          m.compare = ValueTest.Op.valueOf(n.toUpperCase(java.util.Locale.ROOT));
        }
        case "minute", "hour", "day", "week", "month", "year" -> {
          if (m.unit != null) {
            m.errors.add("more than one time modifier ('" + raw + "' after another)");
          }
          m.unit = ValueTest.Unit.valueOf(n.toUpperCase(java.util.Locale.ROOT));
        }
        default -> m.transforms.add(n);
      }
    }
    if (m.errors.isEmpty()) {
      m.check();
    }
    return m;
  }

  boolean has(String transform) {
    return transforms.contains(transform);
  }

  /** The position modifier (contains, startswith, endswith), or null. */
  String position() {
    String found = null;
    for (String t : transforms) {
      if (t.equals("contains") || t.equals("startswith") || t.equals("endswith")) {
        found = t;
      }
    }
    return found;
  }

  private void check() {
    long positions = transforms.stream().filter(t -> t.equals("contains") || t.equals("startswith") || t.equals("endswith")).count();
    if (positions > 1) {
      errors.add("contains, startswith and endswith exclude each other");
    }
    if (!reFlags.isEmpty() && !re) {
      errors.add("regular expression flags (i, m, s) need the 're' modifier");
    }
    if (exists && (transforms.size() > 0 || re || cidr || fieldref || compare != null || unit != null || neq || all || cased)) {
      errors.add("'exists' cannot be combined with other modifiers");
    }
    if (re && (!transforms.isEmpty() || cidr || fieldref || compare != null || unit != null)) {
      errors.add("'re' cannot be combined with " + others("re"));
    }
    if (re && cased) {
      warnings.add("'cased' has no effect on 're': regular expressions are case-sensitive unless '|i' is given");
    }
    if (cidr && (!transforms.isEmpty() || fieldref || compare != null || unit != null || cased)) {
      errors.add("'cidr' cannot be combined with " + others("cidr"));
    }
    if (fieldref && (transforms.stream().anyMatch(t -> !t.equals("contains") && !t.equals("startswith") && !t.equals("endswith"))
        || compare != null || unit != null)) {
      errors.add("'fieldref' can only be combined with contains, startswith, endswith, cased, neq and all");
    }
    if ((compare != null || unit != null) && (!transforms.isEmpty() || cased)) {
      errors.add("numeric and time modifiers cannot be combined with string modifiers");
    }
    if (compare != null && neq) {
      errors.add("'neq' cannot be combined with " + compare.name().toLowerCase(java.util.Locale.ROOT));
    }
    int enc = transforms.indexOf("windash");
    if (enc >= 0) {
      for (int i = enc + 1; i < transforms.size(); i++) {
        if (transforms.get(i).startsWith("base64") || transforms.get(i).startsWith("utf16")) {
          errors.add("'windash' cannot come before an encoding ('" + transforms.get(i) + "')");
        }
      }
    }
  }

  private String others(String self) {
    List<String> o = new ArrayList<>(transforms);
    if (cidr && !self.equals("cidr")) {
      o.add("cidr");
    }
    if (fieldref) {
      o.add("fieldref");
    }
    if (compare != null) {
      o.add(compare.name().toLowerCase(java.util.Locale.ROOT));
    }
    if (unit != null) {
      o.add(unit.name().toLowerCase(java.util.Locale.ROOT));
    }
    if (cased && !self.equals("re")) {
      o.add("cased");
    }
    return o.isEmpty() ? "these modifiers" : String.join(", ", o);
  }

  /** Whether the chain is only about string values (what keyword searches accept). */
  boolean stringOnly() {
    return !exists && !cidr && !fieldref && compare == null && unit == null;
  }

  static boolean isTransform(String name) {
    return TRANSFORMS.contains(name);
  }
}
