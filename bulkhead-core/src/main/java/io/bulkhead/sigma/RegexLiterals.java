package io.bulkhead.sigma;

import io.bulkhead.sigma.model.Glob;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Literals one of which every match of a regular expression contains, so that a rule testing a
 * field with {@code |re} can be skipped by the prefilter when the field's text holds none of
 * them. {@code .+:assumed-role/aws:.+} gives {@code [":assumed-role/aws:"]}; {@code
 * (?i)q=[^&]*(token|secret)} gives {@code ["token", "secret"]} (the longer of the two
 * requirements); {@code (^0oa.*|.+@.+)} gives {@code ["0oa", "@"]}.
 *
 * <p>The analysis is a small parse of RE2 syntax that tracks, for each part of the expression,
 * the exact set of strings it can match while that set stays small, and otherwise the best set of
 * literals it is known to contain (the approach of Russ Cox's trigram index, without trigrams).
 * It is conservative: a character class, {@code .}, a Perl class, a non-ASCII character or any
 * syntax it does not know makes that part unknown, and an expression it cannot read gives no
 * literals, so the rule is simply always evaluated. Literals are case-folded with
 * {@link Glob#fold(char)}, which maps every member of an ASCII letter's case orbit ({@code K},
 * {@code k} and the Kelvin sign; {@code S}, {@code s} and the long s) to the same character: the
 * result holds for {@code (?i)} expressions too.
 */
final class RegexLiterals {
  /** Largest exact set kept before it is turned into a requirement. */
  private static final int MAX_SET = 16;
  /** Longest exact string kept. */
  private static final int MAX_LENGTH = 256;
  private static final int MAX_DEPTH = 64;

  /**
   * What is known of a part: the exact strings it matches (null when unknown or too many), and
   * the best set of literals one of which each of its matches contains (null when none).
   */
  private record Info(Set<String> exact, Set<String> best) {
    static final Info UNKNOWN = new Info(null, null);
    static final Info EMPTY = new Info(Set.of(""), null);
  }

  private final String re;
  private int pos;

  private RegexLiterals(String re) {
    this.re = re;
  }

  /**
   * Folded literals one of which every match of {@code regex} contains; empty when nothing can be
   * said (the rule must then always be evaluated).
   */
  static List<String> required(String regex) {
    try {
      RegexLiterals p = new RegexLiterals(regex);
      Info i = p.alternation(0);
      if (p.pos != regex.length()) {
        return List.of(); // an unbalanced ')': not an expression this analysis reads
      }
      Set<String> s = better(i.best, i.exact);
      return s == null ? List.of() : List.copyOf(s);
    } catch (Unreadable e) {
      return List.of();
    }
  }

  /** Syntax the analysis does not follow; the expression then gives no literals. */
  private static final class Unreadable extends Exception {
    Unreadable() {
      super(null, null, false, false);
    }
  }

  private Info alternation(int depth) throws Unreadable {
    if (depth > MAX_DEPTH) {
      throw new Unreadable();
    }
    List<Info> branches = new ArrayList<>();
    branches.add(sequence(depth));
    while (pos < re.length() && re.charAt(pos) == '|') {
      pos++;
      branches.add(sequence(depth));
    }
    return branches.size() == 1 ? branches.get(0) : union(branches);
  }

  private static Info union(List<Info> branches) {
    Set<String> exact = new LinkedHashSet<>();
    for (Info b : branches) {
      if (b.exact == null) {
        exact = null;
        break;
      }
      exact.addAll(b.exact);
    }
    // Each match is a match of some branch, so it contains a literal of that branch's set.
    Set<String> best = new LinkedHashSet<>();
    for (Info b : branches) {
      Set<String> own = better(b.best, b.exact);
      if (own == null) {
        best = null;
        break;
      }
      best.addAll(own);
    }
    return new Info(exact != null && exact.size() <= MAX_SET ? exact : null,
        best != null && best.size() <= MAX_SET ? best : null);
  }

  /**
   * A concatenation. Consecutive parts with exact sets build a run of exact strings (their cross
   * product); a part without one ends the run, which then stands as a requirement on its own.
   */
  private Info sequence(int depth) throws Unreadable {
    Set<String> run = Set.of("");
    boolean allExact = true;
    Set<String> best = null;
    while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
      Info item = repeat(atom(depth));
      best = better(best, item.best);
      Set<String> joined = item.exact == null ? null : cross(run, item.exact);
      if (joined != null) {
        run = joined;
        continue;
      }
      best = better(best, run);
      if (item.exact == null) {
        allExact = false;
        run = Set.of("");
      } else {
        allExact = false; // the run restarts: the whole is no longer one small exact set
        run = item.exact;
      }
    }
    return new Info(allExact ? run : null, better(best, run));
  }

  /** Every string of {@code a} followed by every string of {@code b}; null when too many or long. */
  private static Set<String> cross(Set<String> a, Set<String> b) {
    if ((long) a.size() * b.size() > MAX_SET) {
      return null;
    }
    Set<String> out = new LinkedHashSet<>();
    for (String x : a) {
      for (String y : b) {
        if (x.length() + y.length() > MAX_LENGTH) {
          return null;
        }
        out.add(x + y);
      }
    }
    return out;
  }

  /** Applies a quantifier following an atom, if there is one. */
  private Info repeat(Info x) throws Unreadable {
    if (pos >= re.length()) {
      return x;
    }
    int min;
    int max;
    char c = re.charAt(pos);
    if (c == '*' || c == '+' || c == '?') {
      pos++;
      min = c == '+' ? 1 : 0;
      max = c == '?' ? 1 : -1;
    } else if (c == '{') {
      int[] bounds = braces();
      if (bounds == null) {
        return x; // not a repeat: RE2 reads the '{' as a literal, at the next atom
      }
      min = bounds[0];
      max = bounds[1];
    } else {
      return x;
    }
    if (pos < re.length() && re.charAt(pos) == '?') {
      pos++; // non-greedy: the same strings
    }
    if (pos < re.length() && (re.charAt(pos) == '*' || re.charAt(pos) == '+' || re.charAt(pos) == '?')) {
      throw new Unreadable(); // a repeated repeat is an RE2 error
    }
    if (min == 0) {
      if (max == 1 && x.exact != null) {
        Set<String> opt = new LinkedHashSet<>(x.exact);
        opt.add("");
        return new Info(opt.size() > MAX_SET ? null : opt, null);
      }
      return new Info(null, null);
    }
    Set<String> best = better(x.best, x.exact);
    return min == 1 && max == 1 ? x : new Info(null, best);
  }

  /** {@code {n}}, {@code {n,}} or {@code {n,m}} at pos: the bounds (max -1 when open), else null. */
  private int[] braces() {
    int i = pos + 1;
    int start = i;
    while (i < re.length() && Character.isDigit(re.charAt(i))) {
      i++;
    }
    if (i == start || i - start > 4 || i >= re.length()) {
      return null;
    }
    int min = Integer.parseInt(re.substring(start, i));
    int max = min;
    if (re.charAt(i) == ',') {
      i++;
      int s2 = i;
      while (i < re.length() && Character.isDigit(re.charAt(i))) {
        i++;
      }
      max = i == s2 ? -1 : i - s2 > 4 ? -2 : Integer.parseInt(re.substring(s2, i));
      if (max == -2) {
        return null;
      }
    }
    if (i >= re.length() || re.charAt(i) != '}') {
      return null;
    }
    pos = i + 1;
    return new int[] {min, max};
  }

  private Info atom(int depth) throws Unreadable {
    char c = re.charAt(pos);
    switch (c) {
      case '(' -> {
        return group(depth);
      }
      case '[' -> {
        skipClass();
        return Info.UNKNOWN;
      }
      case '.' -> {
        pos++;
        return Info.UNKNOWN;
      }
      case '^', '$' -> {
        pos++;
        return Info.EMPTY;
      }
      case '\\' -> {
        return escape();
      }
      case '*', '+', '?' -> throw new Unreadable(); // a repeat with nothing to repeat
      default -> {
        pos++;
        if (Character.isHighSurrogate(c) && pos < re.length()) {
          pos++;
          return Info.UNKNOWN;
        }
        return literal(c);
      }
    }
  }

  private static Info literal(char c) {
    // Non-ASCII characters have case orbits this analysis does not model: unknown.
    return c < 128 ? new Info(Set.of(String.valueOf(Glob.fold(c))), null) : Info.UNKNOWN;
  }

  private Info group(int depth) throws Unreadable {
    pos++; // '('
    if (re.startsWith("?", pos)) {
      pos++;
      if (re.startsWith(":", pos)) {
        pos++;
      } else if (re.startsWith("P<", pos) || re.startsWith("<", pos)) {
        int close = re.indexOf('>', pos);
        if (close < 0) {
          throw new Unreadable();
        }
        pos = close + 1;
      } else {
        // Flags: (?i) sets them for what follows and matches nothing; (?i:...) is a group.
        while (pos < re.length() && "imsU-".indexOf(re.charAt(pos)) >= 0) {
          pos++;
        }
        if (re.startsWith(")", pos)) {
          pos++;
          return Info.EMPTY;
        }
        if (!re.startsWith(":", pos)) {
          throw new Unreadable();
        }
        pos++;
      }
    }
    Info inner = alternation(depth + 1);
    if (!re.startsWith(")", pos)) {
      throw new Unreadable();
    }
    pos++;
    return inner;
  }

  /** Skips a bracketed class: {@code []a]} and {@code [^]a]} hold a literal ']'. */
  private void skipClass() throws Unreadable {
    int i = pos + 1;
    if (i < re.length() && re.charAt(i) == '^') {
      i++;
    }
    if (i < re.length() && re.charAt(i) == ']') {
      i++;
    }
    while (i < re.length() && re.charAt(i) != ']') {
      if (re.charAt(i) == '\\') {
        i++;
      } else if (re.startsWith("[:", i)) {
        int close = re.indexOf(":]", i + 2);
        if (close < 0) {
          throw new Unreadable();
        }
        i = close + 1;
      }
      i++;
    }
    if (i >= re.length()) {
      throw new Unreadable();
    }
    pos = i + 1;
  }

  private Info escape() throws Unreadable {
    if (pos + 1 >= re.length()) {
      throw new Unreadable();
    }
    char c = re.charAt(pos + 1);
    pos += 2;
    if (c < 128 && !Character.isLetterOrDigit(c)) {
      return literal(c); // an escaped punctuation character stands for itself
    }
    return switch (c) {
      case 'n' -> literal('\n');
      case 't' -> literal('\t');
      case 'r' -> literal('\r');
      case 'f' -> literal('\f');
      case 'v' -> literal('\u000B');
      case 'a' -> literal('\u0007');
      case 'b', 'B', 'A', 'z' -> Info.EMPTY;
      case 'd', 'D', 'w', 'W', 's', 'S' -> Info.UNKNOWN;
      case 'Q' -> quoted();
      case 'x' -> hex();
      case 'p', 'P' -> {
        if (re.startsWith("{", pos)) {
          int close = re.indexOf('}', pos);
          if (close < 0) {
            throw new Unreadable();
          }
          pos = close + 1;
        } else {
          pos++;
        }
        yield Info.UNKNOWN;
      }
      default -> throw new Unreadable(); // octal escapes and the like: rare, not followed
    };
  }

  /** {@code \\Q...\\E}: everything between is literal. */
  private Info quoted() {
    int end = re.indexOf("\\E", pos);
    String text = re.substring(pos, end < 0 ? re.length() : end);
    pos = end < 0 ? re.length() : end + 2;
    Set<String> run = Set.of("");
    for (int i = 0; i < text.length() && run != null; i++) {
      Info c = literal(text.charAt(i));
      run = c.exact == null ? null : cross(run, c.exact);
    }
    return run == null ? Info.UNKNOWN : new Info(run, null);
  }

  private Info hex() throws Unreadable {
    String digits;
    if (re.startsWith("{", pos)) {
      int close = re.indexOf('}', pos);
      if (close < 0) {
        throw new Unreadable();
      }
      digits = re.substring(pos + 1, close);
      pos = close + 1;
    } else {
      if (pos + 2 > re.length()) {
        throw new Unreadable();
      }
      digits = re.substring(pos, pos + 2);
      pos += 2;
    }
    int cp;
    try {
      cp = digits.isEmpty() || digits.length() > 6 ? -1 : Integer.parseInt(digits, 16);
    } catch (NumberFormatException e) {
      throw new Unreadable();
    }
    return cp >= 0 && cp < 128 ? literal((char) cp) : Info.UNKNOWN;
  }

  /**
   * The better of two literal sets as a requirement: every literal non-empty, the shortest
   * literal as long as possible, then as few literals as possible. Null when neither qualifies.
   */
  private static Set<String> better(Set<String> a, Set<String> b) {
    int sa = score(a);
    int sb = score(b);
    if (sa < 0 && sb < 0) {
      return null;
    }
    return sa >= sb ? a : b;
  }

  private static int score(Set<String> s) {
    if (s == null || s.isEmpty() || s.size() > MAX_SET) {
      return -1;
    }
    int shortest = Integer.MAX_VALUE;
    for (String x : s) {
      shortest = Math.min(shortest, x.length());
    }
    return shortest == 0 ? -1 : shortest * 32 - s.size();
  }
}
