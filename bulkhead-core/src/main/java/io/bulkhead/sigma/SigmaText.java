package io.bulkhead.sigma;

import io.bulkhead.sigma.model.Glob;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A Sigma string value while modifiers transform it: literal text, wildcards, character sets and
 * (with {@code expand}) placeholders. Immutable; every transformation returns new values.
 *
 * <p>{@code binary} marks text whose characters stand for bytes (0 to 255), as the UTF-16
 * modifiers leave it, so that a following {@code base64} encodes those bytes rather than their
 * UTF-8 form.
 */
final class SigmaText {
  /** One piece of a value. */
  sealed interface Piece {}

  record Lit(String text) implements Piece {}

  record Star() implements Piece {}

  record One() implements Piece {}

  record Set(String chars) implements Piece {}

  record Hole(String name) implements Piece {}

  /** The dash characters {@code windash} makes interchangeable. */
  static final String DASHES = "-/\u2013\u2014\u2015";

  final List<Piece> pieces;
  final boolean binary;

  private SigmaText(List<Piece> pieces, boolean binary) {
    this.pieces = List.copyOf(pieces);
    this.binary = binary;
  }

  /** Text taken as written: no wildcards, no escapes (numbers, booleans, regexes). */
  static SigmaText plain(String s) {
    return new SigmaText(List.of(new Lit(s)), false);
  }

  /**
   * Parses wildcards and escapes as the specification says (and pySigma does): {@code \} before
   * {@code *}, {@code ?} or {@code \} makes that character literal; any other backslash is kept
   * as written. With {@code placeholders}, {@code %name%} is a placeholder and {@code \%} a
   * literal percent sign.
   */
  static SigmaText parse(String s, boolean placeholders) {
    List<Piece> out = new ArrayList<>();
    StringBuilder lit = new StringBuilder();
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        char next = i + 1 < n ? s.charAt(i + 1) : 0;
        if (next == '*' || next == '?' || next == '\\' || (placeholders && next == '%')) {
          lit.append(next);
          i++;
        } else {
          lit.append(c);
        }
      } else if (c == '*' || c == '?') {
        flush(out, lit);
        out.add(c == '*' ? new Star() : new One());
      } else if (placeholders && c == '%') {
        int end = s.indexOf('%', i + 1);
        if (end > i + 1) {
          flush(out, lit);
          out.add(new Hole(s.substring(i + 1, end)));
          i = end;
        } else {
          lit.append(c);
        }
      } else {
        lit.append(c);
      }
    }
    flush(out, lit);
    return new SigmaText(out, false);
  }

  private static void flush(List<Piece> out, StringBuilder lit) {
    if (!lit.isEmpty()) {
      out.add(new Lit(lit.toString()));
      lit.setLength(0);
    }
  }

  boolean has(Class<? extends Piece> kind) {
    return pieces.stream().anyMatch(kind::isInstance);
  }

  /** Whether the value is literal text only. */
  boolean isPlain() {
    return pieces.stream().allMatch(p -> p instanceof Lit);
  }

  /** The literal text of a plain value. */
  String plainText() {
    StringBuilder b = new StringBuilder();
    for (Piece p : pieces) {
      b.append(((Lit) p).text());
    }
    return b.toString();
  }

  SigmaText prependStar() {
    if (!pieces.isEmpty() && pieces.get(0) instanceof Star) {
      return this;
    }
    List<Piece> out = new ArrayList<>(pieces);
    out.add(0, new Star());
    return new SigmaText(out, binary);
  }

  SigmaText appendStar() {
    if (!pieces.isEmpty() && pieces.get(pieces.size() - 1) instanceof Star) {
      return this;
    }
    List<Piece> out = new ArrayList<>(pieces);
    out.add(new Star());
    return new SigmaText(out, binary);
  }

  /**
   * {@code windash}: a dash or slash that starts an option ({@code -x}, {@code /x}: not after a
   * word character, before one) matches any of {@link #DASHES}. A character set rather than
   * every permutation keeps a value with many options one pattern instead of 5^n.
   */
  SigmaText windash() {
    List<Piece> out = new ArrayList<>();
    for (Piece p : pieces) {
      if (!(p instanceof Lit l)) {
        out.add(p);
        continue;
      }
      String t = l.text();
      StringBuilder lit = new StringBuilder();
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        boolean option = DASHES.indexOf(c) >= 0
            && (i == 0 || !word(t.charAt(i - 1)))
            && i + 1 < t.length() && word(t.charAt(i + 1));
        if (option) {
          flush(out, lit);
          out.add(new Set(DASHES));
        } else {
          lit.append(c);
        }
      }
      flush(out, lit);
    }
    return new SigmaText(out, binary);
  }

  private static boolean word(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  /** {@code utf16le}, {@code utf16be}, {@code utf16} (BOM then little-endian): each byte becomes one character. */
  SigmaText utf16(String which) {
    Charset cs = which.equals("utf16be") ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
    List<Piece> out = new ArrayList<>();
    if (which.equals("utf16")) {
      out.add(new Lit("\u00ff\u00fe"));
    }
    for (Piece p : pieces) {
      if (p instanceof Lit l) {
        out.add(new Lit(bytesAsChars(l.text().getBytes(cs))));
      } else {
        out.add(p);
      }
    }
    return new SigmaText(out, true);
  }

  private static String bytesAsChars(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  private byte[] bytes() {
    return plainText().getBytes(binary ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
  }

  /** {@code base64} of a plain value. */
  SigmaText base64() {
    return plain(Base64.getEncoder().encodeToString(bytes()));
  }

  /**
   * {@code base64offset}: the three encodings of the value at byte offsets 0, 1 and 2 within a
   * longer encoded text, cut to the characters that do not depend on the surrounding bytes (as
   * pySigma computes them).
   */
  List<SigmaText> base64offset() {
    byte[] v = bytes();
    int[] start = {0, 2, 3};
    int[] endCut = {0, 3, 2};
    List<SigmaText> out = new ArrayList<>(3);
    for (int i = 0; i < 3; i++) {
      byte[] shifted = new byte[v.length + i];
      for (int k = 0; k < i; k++) {
        shifted[k] = ' ';
      }
      System.arraycopy(v, 0, shifted, i, v.length);
      String b64 = Base64.getEncoder().encodeToString(shifted);
      int cut = endCut[(v.length + i) % 3];
      int end = b64.length() - cut;
      if (end > start[i]) {
        out.add(plain(b64.substring(start[i], end)));
      }
    }
    return out;
  }

  /** The names of the placeholders in the value. */
  List<String> holes() {
    return pieces.stream().filter(p -> p instanceof Hole).map(p -> ((Hole) p).name()).toList();
  }

  /**
   * {@code expand}: every placeholder replaced by each of its values (parsed as Sigma strings,
   * wildcards included); several placeholders give every combination.
   */
  List<SigmaText> expand(Map<String, List<String>> values) {
    List<List<Piece>> acc = new ArrayList<>();
    acc.add(new ArrayList<>());
    for (Piece p : pieces) {
      if (p instanceof Hole h) {
        List<List<Piece>> next = new ArrayList<>();
        for (List<Piece> prefix : acc) {
          for (String v : values.get(h.name())) {
            List<Piece> copy = new ArrayList<>(prefix);
            copy.addAll(parse(v, false).pieces);
            next.add(copy);
          }
        }
        acc = next;
      } else {
        acc.forEach(l -> l.add(p));
      }
    }
    return acc.stream().map(l -> new SigmaText(l, binary)).toList();
  }

  /** The final pattern; placeholders must have been expanded. */
  Glob glob() {
    List<Glob.Part> parts = new ArrayList<>(pieces.size());
    for (Piece p : pieces) {
      parts.add(switch (p) {
        case Lit l -> new Glob.Part.Literal(l.text());
        case Star s -> new Glob.Part.AnyString();
        case One o -> new Glob.Part.AnyChar();
        case Set s -> new Glob.Part.OneOf(s.chars());
        case Hole h -> throw new IllegalStateException("unexpanded placeholder %" + h.name() + "%");
      });
    }
    return Glob.of(parts);
  }
}
