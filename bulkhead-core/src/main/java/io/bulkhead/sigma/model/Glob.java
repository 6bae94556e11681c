package io.bulkhead.sigma.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Sigma string value after escapes and modifiers: literal text, {@code *} (any run of
 * characters), {@code ?} (one character) and character sets (what {@code windash} makes of a
 * dash). Matching is linear in practice and never backtracks exponentially: the pattern is split
 * at {@code *} into segments, and each segment after the first is found at its leftmost place,
 * which is enough for {@code *}-separated patterns.
 *
 * <p>Case-insensitive matching compares characters through {@link #fold(char)}, one character at
 * a time, so a folded string always has the length of the original and the prefilter, which
 * compares folded strings, agrees with this matcher exactly.
 */
public final class Glob {

  /** One element of a pattern. */
  public sealed interface Part {
    /** Text matched as written (modulo case). */
    record Literal(String text) implements Part {
      public Literal {
        Objects.requireNonNull(text, "text");
      }
    }

    /** {@code *}: any run of characters, the empty run included. */
    record AnyString() implements Part {}

    /** {@code ?}: exactly one character. */
    record AnyChar() implements Part {}

    /** Exactly one character out of {@code chars}. */
    record OneOf(String chars) implements Part {
      public OneOf {
        Objects.requireNonNull(chars, "chars");
      }
    }
  }

  /** The shape of a pattern, for fast paths and the prefilter. */
  public enum Kind { EXACT, PREFIX, SUFFIX, CONTAINS, PATTERN }

  private static final char ANY = 0;
  private static final char LIT = 1;
  private static final char SET = 2;

  private final List<Part> parts;
  private final Kind kind;
  private final String literal;
  private final BigDecimal numeric;
  /** Segments between {@code *}: unit kinds, raw and folded characters (or set index). */
  private final char[][] unitKinds;
  private final char[][] raw;
  private final char[][] folded;
  private final String[] setsRaw;
  private final String[] setsFolded;
  private final boolean leadingStar;
  private final boolean trailingStar;

  private Glob(List<Part> parts) {
    this.parts = parts;
    this.kind = kindOf(parts);
    this.literal = kind == Kind.PATTERN ? null : literalText(parts);
    this.numeric = kind == Kind.EXACT ? number(literal) : null;
    List<List<Part>> segs = new ArrayList<>();
    List<Part> cur = new ArrayList<>();
    for (Part p : parts) {
      if (p instanceof Part.AnyString) {
        segs.add(cur);
        cur = new ArrayList<>();
      } else {
        cur.add(p);
      }
    }
    segs.add(cur);
    this.leadingStar = !parts.isEmpty() && parts.get(0) instanceof Part.AnyString;
    this.trailingStar = !parts.isEmpty() && parts.get(parts.size() - 1) instanceof Part.AnyString;
    int n = segs.size();
    unitKinds = new char[n][];
    raw = new char[n][];
    folded = new char[n][];
    List<String> sets = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder k = new StringBuilder();
      StringBuilder r = new StringBuilder();
      for (Part p : segs.get(i)) {
        switch (p) {
          case Part.Literal l -> {
            for (int j = 0; j < l.text().length(); j++) {
              k.append(LIT);
              r.append(l.text().charAt(j));
            }
          }
          case Part.AnyChar a -> {
            k.append(ANY);
            r.append('?');
          }
          case Part.OneOf o -> {
            k.append(SET);
            r.append((char) sets.size());
            sets.add(o.chars());
          }
          case Part.AnyString s -> throw new AssertionError("split above");
        }
      }
      unitKinds[i] = k.toString().toCharArray();
      raw[i] = r.toString().toCharArray();
      folded[i] = new char[raw[i].length];
      for (int j = 0; j < raw[i].length; j++) {
        folded[i][j] = unitKinds[i][j] == LIT ? fold(raw[i][j]) : raw[i][j];
      }
    }
    setsRaw = sets.toArray(String[]::new);
    setsFolded = sets.stream().map(Glob::fold).toArray(String[]::new);
  }

  /** A pattern of these parts; adjacent literals are joined and runs of {@code *} collapsed. */
  public static Glob of(List<Part> parts) {
    List<Part> norm = new ArrayList<>();
    for (Part p : parts) {
      Part last = norm.isEmpty() ? null : norm.get(norm.size() - 1);
      if (p instanceof Part.Literal l) {
        if (l.text().isEmpty()) {
          continue;
        }
        if (last instanceof Part.Literal pl) {
          norm.set(norm.size() - 1, new Part.Literal(pl.text() + l.text()));
          continue;
        }
      } else if (p instanceof Part.AnyString && last instanceof Part.AnyString) {
        continue;
      }
      norm.add(p);
    }
    return new Glob(List.copyOf(norm));
  }

  /** The pattern matching exactly {@code text}. */
  public static Glob literal(String text) {
    return of(List.of(new Part.Literal(text)));
  }

  public List<Part> parts() {
    return parts;
  }

  public Kind kind() {
    return kind;
  }

  /** The literal text of an EXACT, PREFIX, SUFFIX or CONTAINS pattern; null for PATTERN. */
  public String literal() {
    return literal;
  }

  /** The number an EXACT pattern spells ({@code 200}, {@code -1.5}), or null. */
  public BigDecimal numeric() {
    return numeric;
  }

  /** Every literal run of the pattern, in order. */
  public List<String> literals() {
    List<String> out = new ArrayList<>();
    for (Part p : parts) {
      if (p instanceof Part.Literal l) {
        out.add(l.text());
      }
    }
    return out;
  }

  /** Whether {@code s} matches the whole pattern. */
  public boolean matches(CharSequence s, boolean cased) {
    int n = raw.length;
    int len = s.length();
    if (n == 1) {
      return len == raw[0].length && segmentAt(0, s, 0, cased);
    }
    int first = raw[0].length;
    int last = raw[n - 1].length;
    if (len < first + last || !segmentAt(0, s, 0, cased) || !segmentAt(n - 1, s, len - last, cased)) {
      return false;
    }
    int pos = first;
    int end = len - last;
    for (int i = 1; i < n - 1; i++) {
      int found = find(i, s, pos, end, cased);
      if (found < 0) {
        return false;
      }
      pos = found + raw[i].length;
    }
    return true;
  }

  /** Leftmost start in [from, end - segment length] where segment {@code i} matches, or -1. */
  private int find(int i, CharSequence s, int from, int end, boolean cased) {
    int slen = raw[i].length;
    for (int p = from; p + slen <= end; p++) {
      if (segmentAt(i, s, p, cased)) {
        return p;
      }
    }
    return -1;
  }

  private boolean segmentAt(int i, CharSequence s, int at, boolean cased) {
    char[] kinds = unitKinds[i];
    char[] want = cased ? raw[i] : folded[i];
    for (int k = 0; k < kinds.length; k++) {
      char c = s.charAt(at + k);
      switch (kinds[k]) {
        case LIT -> {
          if ((cased ? c : fold(c)) != want[k]) {
            return false;
          }
        }
        case SET -> {
          String set = cased ? setsRaw[want[k]] : setsFolded[want[k]];
          if (set.indexOf(cased ? c : fold(c)) < 0) {
            return false;
          }
        }
        default -> { } // ANY: one character, whatever it is
      }
    }
    return true;
  }

  /**
   * The case-folded form of a character: lower case of upper case, as {@link
   * String#equalsIgnoreCase} compares. Two characters are equal ignoring case exactly when their
   * folds are equal.
   */
  public static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /** {@code s} with every character folded; same length as {@code s}. */
  public static String fold(String s) {
    int i = 0;
    int n = s.length();
    while (i < n && fold(s.charAt(i)) == s.charAt(i)) {
      i++;
    }
    if (i == n) {
      return s;
    }
    char[] out = s.toCharArray();
    for (; i < n; i++) {
      out[i] = fold(out[i]);
    }
    return new String(out);
  }

  private static Kind kindOf(List<Part> parts) {
    int n = parts.size();
    boolean onlyLiteralInside = true;
    for (int i = 0; i < n; i++) {
      Part p = parts.get(i);
      boolean edge = i == 0 || i == n - 1;
      if (!(p instanceof Part.Literal) && !(edge && p instanceof Part.AnyString)) {
        onlyLiteralInside = false;
      }
    }
    long literals = parts.stream().filter(p -> p instanceof Part.Literal).count();
    if (!onlyLiteralInside || literals > 1 || n == 0) {
      return n == 0 ? Kind.EXACT : Kind.PATTERN;
    }
    boolean lead = parts.get(0) instanceof Part.AnyString;
    boolean trail = parts.get(n - 1) instanceof Part.AnyString;
    if (literals == 0) {
      return Kind.PATTERN; // just "*"
    }
    return lead && trail ? Kind.CONTAINS : lead ? Kind.SUFFIX : trail ? Kind.PREFIX : Kind.EXACT;
  }

  private static String literalText(List<Part> parts) {
    for (Part p : parts) {
      if (p instanceof Part.Literal l) {
        return l.text();
      }
    }
    return "";
  }

  /** A plain decimal number (no exponent, no hex): what Sigma rules write as numbers. */
  private static BigDecimal number(String s) {
    int n = s.length();
    if (n == 0 || n > 40) {
      return null;
    }
    int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
    boolean digits = false;
    boolean dot = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits = true;
      } else if (c == '.' && !dot) {
        dot = true;
      } else {
        return null;
      }
    }
    return digits ? new BigDecimal(s) : null;
  }

  /** Whether the pattern starts with {@code *}. */
  public boolean leadingStar() {
    return leadingStar;
  }

  /** Whether the pattern ends with {@code *}. */
  public boolean trailingStar() {
    return trailingStar;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Glob g && g.parts.equals(parts);
  }

  @Override
  public int hashCode() {
    return parts.hashCode();
  }

  /** The pattern in Sigma syntax: wildcards as {@code *}/{@code ?}, sets as {@code [..]}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (Part p : parts) {
      switch (p) {
        case Part.Literal l -> b.append(l.text().replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?"));
        case Part.AnyString s -> b.append('*');
        case Part.AnyChar a -> b.append('?');
        case Part.OneOf o -> b.append('[').append(o.chars()).append(']');
      }
    }
    return b.toString();
  }
}
