package io.bulkhead.sigma;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A hand-written recursive-descent parser for Sigma conditions. Precedence, least to most
 * binding: {@code or}, {@code and}, {@code not}, {@code x of}, parentheses. {@code 1 of},
 * {@code any of} (pySigma's spelling) and {@code all of} take {@code them} or an identifier
 * pattern with {@code *}. Obsolete aggregations ({@code | count() ...}, {@code near}) are refused
 * with a message pointing to correlation rules.
 *
 * <pre>
 * expr    := and ('or' and)*
 * and     := not ('and' not)*
 * not     := 'not' not | primary
 * primary := '(' expr ')' | ('1' | 'any' | 'all') 'of' ('them' | IDENT) | IDENT
 * </pre>
 */
final class ConditionParser {
  /** Deepest nesting of parentheses and {@code not}; deeper input is refused, not recursed into. */
  static final int MAX_DEPTH = 100;

  /** A parsed condition expression; offsets are 0-based positions in the condition text. */
  sealed interface Expr {
    int at();
  }

  record Op(boolean and, List<Expr> terms, int at) implements Expr {}

  record Neg(Expr term, int at) implements Expr {}

  record Ref(String name, int at) implements Expr {}

  record Quant(boolean all, String pattern, int at) implements Expr {}

  /** A syntax error at an offset of the condition text. */
  static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;
    final int at;
    final boolean unsupported;

    SyntaxError(int at, String message, boolean unsupported) {
      super(message, null, false, false);
      this.at = at;
      this.unsupported = unsupported;
    }
  }

  private enum Kind { LPAREN, RPAREN, AND, OR, NOT, QUANT, OF, THEM, IDENT, END }

  private record Token(Kind kind, String text, int at) {}

  private final List<Token> tokens;
  private final List<String> warnings = new ArrayList<>();
  private int pos;
  private int depth;

  private ConditionParser(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** Parses {@code text}; warnings (such as upper-case operators) go to {@code warnings}. */
  static Expr parse(String text, List<String> warnings) throws SyntaxError {
    ConditionParser p = new ConditionParser(lex(text));
    Expr e = p.expr();
    Token t = p.peek();
    if (t.kind != Kind.END) {
      throw new SyntaxError(t.at, "unexpected '" + t.text + "'" + (t.kind == Kind.IDENT || t.kind == Kind.QUANT
          ? "; join terms with 'and' or 'or'" : ""), false);
    }
    warnings.addAll(p.warnings);
    return e;
  }

  private static List<Token> lex(String s) throws SyntaxError {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')') {
        out.add(new Token(c == '(' ? Kind.LPAREN : Kind.RPAREN, String.valueOf(c), i));
        i++;
      } else if (c == '|') {
        throw new SyntaxError(i, "the aggregation '" + s.substring(i).strip() + "' is obsolete Sigma and is not run;"
            + " express it as a correlation rule (event_count, value_count, ...)", true);
      } else if (identChar(c)) {
        int start = i;
        while (i < n && identChar(s.charAt(i))) {
          i++;
        }
        out.add(word(s.substring(start, i), start));
      } else {
        throw new SyntaxError(i, "unexpected character '" + c + "'", false);
      }
    }
    out.add(new Token(Kind.END, "end of condition", n));
    return out;
  }

  private static boolean identChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '*';
  }

  private static Token word(String w, int at) throws SyntaxError {
    Kind k = switch (w.toLowerCase(Locale.ROOT)) {
      case "and" -> Kind.AND;
      case "or" -> Kind.OR;
      case "not" -> Kind.NOT;
      case "1", "any", "all" -> Kind.QUANT;
      case "of" -> Kind.OF;
      case "them" -> Kind.THEM;
      case "near" -> throw new SyntaxError(at, "'near' is obsolete Sigma and is not run; express it as a temporal correlation rule", true);
      default -> Kind.IDENT;
    };
    return new Token(k, w, at);
  }

  private Token peek() {
    return tokens.get(pos);
  }

  private Token next() {
    Token t = tokens.get(pos);
    if (t.kind != Kind.END) {
      pos++;
    }
    if (t.kind != Kind.IDENT && !t.text.equals(t.text.toLowerCase(Locale.ROOT))) {
      warnings.add("'" + t.text + "': Sigma writes operators in lower case");
    }
    return t;
  }

  private Expr expr() throws SyntaxError {
    Expr first = and();
    if (peek().kind != Kind.OR) {
      return first;
    }
    List<Expr> terms = new ArrayList<>(List.of(first));
    while (peek().kind == Kind.OR) {
      next();
      terms.add(and());
    }
    return new Op(false, terms, first.at());
  }

  private Expr and() throws SyntaxError {
    Expr first = not();
    if (peek().kind != Kind.AND) {
      return first;
    }
    List<Expr> terms = new ArrayList<>(List.of(first));
    while (peek().kind == Kind.AND) {
      next();
      terms.add(not());
    }
    return new Op(true, terms, first.at());
  }

  private Expr not() throws SyntaxError {
    if (peek().kind == Kind.NOT) {
      Token t = next();
      enter(t);
      Expr e = new Neg(not(), t.at);
      depth--;
      return e;
    }
    return primary();
  }

  private Expr primary() throws SyntaxError {
    Token t = next();
    switch (t.kind) {
      case LPAREN -> {
        enter(t);
        Expr e = expr();
        Token close = next();
        if (close.kind != Kind.RPAREN) {
          throw new SyntaxError(close.at, "expected ')' to close the '(' at offset " + t.at + ", found " + describe(close), false);
        }
        depth--;
        return e;
      }
      case QUANT -> {
        Token of = next();
        if (of.kind != Kind.OF) {
          throw new SyntaxError(of.at, "expected 'of' after '" + t.text + "', found " + describe(of), false);
        }
        Token what = next();
        if (what.kind == Kind.THEM) {
          return new Quant(t.text.equalsIgnoreCase("all"), null, t.at);
        }
        if (what.kind != Kind.IDENT) {
          throw new SyntaxError(what.at, "expected 'them' or a search identifier pattern after 'of', found " + describe(what), false);
        }
        return new Quant(t.text.equalsIgnoreCase("all"), what.text, t.at);
      }
      case IDENT -> {
        if (t.text.chars().allMatch(Character::isDigit) && peek().kind == Kind.OF) {
          throw new SyntaxError(t.at, "'" + t.text + " of' is not Sigma: only '1 of', 'any of' and 'all of' exist", false);
        }
        if (t.text.indexOf('*') >= 0) {
          throw new SyntaxError(t.at, "a pattern ('" + t.text + "') needs '1 of' or 'all of' before it", false);
        }
        return new Ref(t.text, t.at);
      }
      default -> throw new SyntaxError(t.at, "expected a search identifier, '(' , 'not', '1 of' or 'all of', found " + describe(t), false);
    }
  }

  private void enter(Token t) throws SyntaxError {
    if (++depth > MAX_DEPTH) {
      throw new SyntaxError(t.at, "condition nested deeper than " + MAX_DEPTH + " levels", false);
    }
  }

  private String describe(Token t) {
    return t.kind == Kind.END ? "the end of the condition" : "'" + t.text + "'";
  }
}
