package io.bulkhead.ioc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The part of the STIX 2.1 patterning language a sweep can use: comparisons {@code path = 'value'}
 * joined by {@code AND}, {@code OR} and {@code FOLLOWEDBY} inside and between observation brackets.
 * {@code ISSUBSET} on an address with a network ({@code [ipv4-addr:value ISSUBSET '10.0.0.0/8']})
 * is read as that network. Other comparisons ({@code !=}, {@code LIKE}, {@code MATCHES}, {@code IN}, ...) are named as
 * unsupported; qualifiers ({@code WITHIN}, {@code REPEATS}, {@code START}/{@code STOP}) make the whole
 * pattern unsupported, since its values alone mean something else.
 *
 * <p>A tokenizer and a recursive-descent parser with a nesting limit, after the grammar of
 * oasis-open/cti-stix2-json-schemas {@code STIXPattern.g4}; each character is looked at a bounded
 * number of times, so hostile patterns cost time linear in their length.
 */
final class StixPattern {
  private static final int MAX_DEPTH = 64;
  private static final Set<String> OPERATOR_WORDS = Set.of("LIKE", "MATCHES", "IN", "ISSUBSET", "ISSUPERSET");
  private static final Set<String> QUALIFIERS = Set.of("START", "STOP", "WITHIN", "REPEATS");

  /** A {@code path = 'value'} comparison; {@code needsMore} when an AND joins it to other conditions. */
  record Equality(String path, String value, boolean needsMore) {}

  /** What a pattern holds: the equalities, and the comparisons that cannot be swept ("file:name MATCHES"). */
  record Reading(List<Equality> equalities, List<String> unsupported) {}

  private sealed interface Node permits All, Any, Comparison {}

  private record All(List<Node> parts) implements Node {}

  private record Any(List<Node> parts) implements Node {}

  private record Comparison(String path, String operator, String value) implements Node {}

  private enum Kind { OPEN_BRACKET, CLOSE_BRACKET, OPEN_PAREN, CLOSE_PAREN, COMMA, OPERATOR, WORD, PATH, STRING, LITERAL, END }

  private record Token(Kind kind, String text) {}

  private final List<Token> tokens;
  private int at;
  private int depth;

  private StixPattern(List<Token> tokens) {
    this.tokens = tokens;
  }

  /**
   * Reads {@code pattern}.
   *
   * @throws IllegalArgumentException saying why the pattern is malformed, or that it has a qualifier
   */
  static Reading read(String pattern) {
    StixPattern p = new StixPattern(tokenize(pattern));
    Node root = p.any();
    if (p.peek().kind() != Kind.END) {
      throw new IllegalArgumentException("malformed STIX pattern: unexpected " + IndicatorSink.quote(p.peek().text()));
    }
    List<Equality> equalities = new ArrayList<>();
    List<String> unsupported = new ArrayList<>();
    collect(root, false, equalities, unsupported);
    return new Reading(equalities, unsupported);
  }

  private static void collect(Node node, boolean needsMore, List<Equality> equalities, List<String> unsupported) {
    switch (node) {
      case All all -> all.parts().forEach(n -> collect(n, needsMore || all.parts().size() > 1, equalities, unsupported));
      case Any any -> any.parts().forEach(n -> collect(n, needsMore, equalities, unsupported));
      case Comparison c when c.value() != null && (c.operator().equals("=") || c.operator().equals("==")) ->
          equalities.add(new Equality(c.path(), c.value(), needsMore));
      // An address inside a network: STIX's way to write a CIDR indicator.
      case Comparison c when c.value() != null && c.operator().equals("ISSUBSET") && c.value().indexOf('/') > 0
          && (c.path().equalsIgnoreCase("ipv4-addr:value") || c.path().equalsIgnoreCase("ipv6-addr:value")) ->
          equalities.add(new Equality(c.path(), c.value(), needsMore));
      case Comparison c -> unsupported.add(c.path() + " " + c.operator());
    }
  }

  private Node any() {
    List<Node> parts = new ArrayList<>(List.of(all()));
    while (isWord(peek(), "OR")) {
      at++;
      parts.add(all());
    }
    return parts.size() == 1 ? parts.get(0) : new Any(parts);
  }

  private Node all() {
    List<Node> parts = new ArrayList<>(List.of(unary()));
    while (isWord(peek(), "AND") || isWord(peek(), "FOLLOWEDBY")) {
      at++;
      parts.add(unary());
    }
    return parts.size() == 1 ? parts.get(0) : new All(parts);
  }

  private Node unary() {
    Token t = next();
    if (t.kind() == Kind.OPEN_BRACKET || t.kind() == Kind.OPEN_PAREN) {
      if (++depth > MAX_DEPTH) {
        throw new IllegalArgumentException("malformed STIX pattern: nested deeper than " + MAX_DEPTH + " levels");
      }
      Node inner = any();
      expect(t.kind() == Kind.OPEN_BRACKET ? Kind.CLOSE_BRACKET : Kind.CLOSE_PAREN);
      depth--;
      if (peek().kind() == Kind.WORD && QUALIFIERS.contains(peek().text().toUpperCase(Locale.ROOT))) {
        throw new IllegalArgumentException("unsupported STIX pattern: qualifier " + peek().text().toUpperCase(Locale.ROOT));
      }
      return inner;
    }
    if (t.kind() != Kind.PATH) {
      throw new IllegalArgumentException("malformed STIX pattern: expected an object path such as"
          + " ipv4-addr:value, found " + IndicatorSink.quote(t.text()));
    }
    return comparison(t.text());
  }

  private Node comparison(String path) {
    boolean not = isWord(peek(), "NOT");
    if (not) {
      at++;
    }
    Token op = next();
    String operator = op.text().toUpperCase(Locale.ROOT);
    if (op.kind() != Kind.OPERATOR && !(op.kind() == Kind.WORD && OPERATOR_WORDS.contains(operator))) {
      throw new IllegalArgumentException("malformed STIX pattern: expected a comparison after " + IndicatorSink.quote(path));
    }
    String shown = (not ? "NOT " : "") + operator;
    if (operator.equals("IN")) {
      expect(Kind.OPEN_PAREN);
      do {
        literal();
      } while (next().kind() == Kind.COMMA);
      if (tokens.get(at - 1).kind() != Kind.CLOSE_PAREN) {
        throw new IllegalArgumentException("malformed STIX pattern: IN set not closed");
      }
      return new Comparison(path, shown, null);
    }
    Token value = literal();
    return new Comparison(path, shown, not || value.kind() != Kind.STRING ? null : value.text());
  }

  private Token literal() {
    Token t = next();
    if (t.kind() != Kind.STRING && t.kind() != Kind.LITERAL) {
      throw new IllegalArgumentException("malformed STIX pattern: expected a value, found " + IndicatorSink.quote(t.text()));
    }
    return t;
  }

  private void expect(Kind kind) {
    if (next().kind() != kind) {
      throw new IllegalArgumentException("malformed STIX pattern: unbalanced brackets or parentheses");
    }
  }

  private Token peek() {
    return tokens.get(Math.min(at, tokens.size() - 1));
  }

  private Token next() {
    Token t = peek();
    at++;
    return t;
  }

  private static boolean isWord(Token t, String word) {
    return t.kind() == Kind.WORD && t.text().equalsIgnoreCase(word);
  }

  private static List<Token> tokenize(String s) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      Kind single = switch (c) {
        case '[' -> Kind.OPEN_BRACKET;
        case ']' -> Kind.CLOSE_BRACKET;
        case '(' -> Kind.OPEN_PAREN;
        case ')' -> Kind.CLOSE_PAREN;
        case ',' -> Kind.COMMA;
        default -> null;
      };
      if (Character.isWhitespace(c)) {
        i++;
      } else if (single != null) {
        out.add(new Token(single, String.valueOf(c)));
        i++;
      } else if (c == '\'') {
        StringBuilder b = new StringBuilder();
        i = string(s, i, b);
        out.add(new Token(Kind.STRING, b.toString()));
      } else if ("=!<>".indexOf(c) >= 0) {
        int j = i + 1;
        if (j < n && "=>".indexOf(s.charAt(j)) >= 0) {
          j++;
        }
        out.add(new Token(Kind.OPERATOR, s.substring(i, j)));
        i = j;
      } else if ((c == 'b' || c == 'h' || c == 't') && i + 1 < n && s.charAt(i + 1) == '\'') {
        StringBuilder b = new StringBuilder();
        i = string(s, i + 1, b);
        out.add(new Token(Kind.LITERAL, c + "'" + b + "'"));
      } else if (isWordChar(c)) {
        i = word(s, i, out);
      } else {
        throw new IllegalArgumentException("malformed STIX pattern: unexpected character '" + c + "'");
      }
    }
    out.add(new Token(Kind.END, "end of pattern"));
    return out;
  }

  /** A quoted string at {@code i} (the quote), unescaped into {@code b}; returns the index after it. */
  private static int string(String s, int i, StringBuilder b) {
    for (int j = i + 1; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c == '\\' && j + 1 < s.length()) {
        b.append(s.charAt(++j));
      } else if (c == '\'') {
        return j + 1;
      } else {
        b.append(c);
      }
    }
    throw new IllegalArgumentException("malformed STIX pattern: a quoted string is not closed");
  }

  /**
   * A keyword, number or object path at {@code i}. A path takes in quoted keys
   * ({@code file:hashes.'SHA-256'}, kept without the quotes) and list indexes ({@code [*]}, {@code [0]}).
   */
  private static int word(String s, int i, List<Token> out) {
    StringBuilder b = new StringBuilder();
    int j = i;
    boolean path = false;
    while (j < s.length()) {
      char c = s.charAt(j);
      if (isWordChar(c) || c == ':' || c == '.') {
        path |= c == ':';
        b.append(c);
        j++;
      } else if (c == '\'' && path && b.charAt(b.length() - 1) == '.') {
        j = string(s, j, b);
      } else if (c == '[' && path && index(s, j) > j) {
        int end = index(s, j);
        b.append(s, j, end);
        j = end;
      } else {
        break;
      }
    }
    String text = b.toString();
    char first = text.charAt(0);
    Kind kind = path ? Kind.PATH
        : Character.isDigit(first) || first == '-' || text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")
            ? Kind.LITERAL : Kind.WORD;
    out.add(new Token(kind, text));
    return j;
  }

  /** The end of a list index {@code [*]} or {@code [12]} at {@code i}, or {@code i} when there is none. */
  private static int index(String s, int i) {
    int j = i + 1;
    if (j < s.length() && s.charAt(j) == '*') {
      j++;
    } else {
      while (j < s.length() && j - i <= 10 && Character.isDigit(s.charAt(j))) {
        j++;
      }
    }
    return j > i + 1 && j < s.length() && s.charAt(j) == ']' ? j + 1 : i;
  }

  private static boolean isWordChar(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '*');
  }
}
