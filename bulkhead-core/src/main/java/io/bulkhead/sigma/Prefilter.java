package io.bulkhead.sigma;

import io.bulkhead.sigma.model.Condition;
import io.bulkhead.sigma.model.FieldRef;
import io.bulkhead.sigma.model.Glob;
import io.bulkhead.sigma.model.ValueTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Literal fragments a document must contain for a rule to match. From a compiled condition it
 * derives <em>requirements</em>: sets of atoms such that, whenever the condition holds, at least
 * one atom of the set holds (a field's value, case-folded, equals, starts with, ends with or
 * contains a literal). Checking a requirement costs a field lookup and a hash probe or a scan
 * for a literal; a rule none of whose atoms hold is skipped without evaluating it.
 *
 * <p>The derivation is conservative: anything it cannot bound (negation, numeric and network
 * tests, field existence, keyword searches, regular expressions without a literal every match
 * must contain: see {@link RegexLiterals}) yields no requirement, and the rule is then always
 * evaluated. A property test checks that a rule is never skipped on an event it matches.
 */
final class Prefilter {
  /** Most alternative requirements kept per condition. */
  private static final int MAX_OPTIONS = 16;

  private Prefilter() {}

  /** A field's folded value equals, starts with, ends with or contains {@code literal} (folded). */
  record Atom(FieldRef field, Glob.Kind kind, String literal) {}

  /**
   * Alternative requirements for {@code c}, each sufficient on its own: a rule may be indexed by
   * any of them. Empty when nothing can be required. A requirement that is an empty list means
   * the condition can never hold.
   */
  static List<List<Atom>> options(Condition c) {
    return switch (c) {
      case Condition.FieldTest f -> single(test(f.field(), f.test()));
      case Condition.And a -> {
        LinkedHashSet<List<Atom>> all = new LinkedHashSet<>();
        for (Condition t : a.terms()) {
          all.addAll(options(t));
        }
        List<List<Atom>> out = new ArrayList<>(all);
        out.sort(Comparator.comparingInt(Prefilter::cost));
        yield out.size() > MAX_OPTIONS ? out.subList(0, MAX_OPTIONS) : out;
      }
      case Condition.Or o -> {
        List<Atom> union = new ArrayList<>();
        for (Condition t : o.terms()) {
          List<List<Atom>> opts = options(t);
          if (opts.isEmpty()) {
            yield List.of();
          }
          union.addAll(opts.get(0));
        }
        yield List.of(List.copyOf(new LinkedHashSet<>(union)));
      }
      case Condition.Constant k -> k.value() ? List.of() : List.of(List.of());
      case Condition.Not n -> List.of();
      case Condition.Keyword k -> List.of();
    };
  }

  private static List<List<Atom>> single(List<Atom> req) {
    return req == null ? List.of() : List.of(req);
  }

  /** Atoms implied by one value test on a field, or null when none can be given. */
  private static List<Atom> test(FieldRef f, ValueTest t) {
    return switch (t) {
      case ValueTest.Text x -> text(f, x.pattern());
      case ValueTest.Regex r -> {
        List<String> literals = RegexLiterals.required(r.pattern().pattern());
        yield literals.isEmpty() ? null : literals.stream().map(l -> new Atom(f, Glob.Kind.CONTAINS, l)).toList();
      }
      case ValueTest.AnyOf a -> {
        List<Atom> out = new ArrayList<>();
        for (ValueTest v : a.tests()) {
          List<Atom> one = test(f, v);
          if (one == null) {
            yield null;
          }
          out.addAll(one);
        }
        yield out;
      }
      default -> null;
    };
  }

  private static List<Atom> text(FieldRef f, Glob g) {
    return switch (g.kind()) {
      // A number also equals numerically (4625 matches 4625.0): no literal can stand for that.
      case EXACT -> g.numeric() != null ? null : List.of(new Atom(f, Glob.Kind.EXACT, Glob.fold(g.literal())));
      case PREFIX, SUFFIX, CONTAINS -> g.literal().isEmpty() ? null : List.of(new Atom(f, g.kind(), Glob.fold(g.literal())));
      case PATTERN -> {
        String longest = "";
        for (String l : g.literals()) {
          if (l.length() > longest.length()) {
            longest = l;
          }
        }
        yield longest.isEmpty() ? null : List.of(new Atom(f, Glob.Kind.CONTAINS, Glob.fold(longest)));
      }
    };
  }

  /** Rough cost of checking a requirement: hash probes are cheap, short scans weak. */
  static int cost(List<Atom> req) {
    int c = 0;
    for (Atom a : req) {
      c += a.kind() == Glob.Kind.EXACT ? 1 : a.literal().length() < 4 ? 12 : 4;
    }
    return c;
  }

  /** Whether the atom holds for a folded value. */
  static boolean holds(Atom a, String folded) {
    return switch (a.kind()) {
      case EXACT -> folded.equals(a.literal());
      case PREFIX -> folded.startsWith(a.literal());
      case SUFFIX -> folded.endsWith(a.literal());
      default -> folded.contains(a.literal());
    };
  }
}
