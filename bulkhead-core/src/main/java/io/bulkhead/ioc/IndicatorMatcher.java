package io.bulkhead.ioc;

import com.fasterxml.jackson.databind.JsonNode;
import io.bulkhead.event.Event;
import io.bulkhead.event.IpAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds indicators in events, field by field. Every string of the raw document is cut into the
 * tokens each type can be (address runs, host names, hex runs, e-mail addresses, URLs, path
 * segments), and a token matches only an indicator of its own kind and only whole: an address
 * is not found inside a version number ({@code 1.193.142.58.126}), {@code example.com} not inside
 * {@code example.commercial.file}, but a domain matches its subdomains and a network every address
 * in it.
 *
 * <p>Immutable and thread-safe: {@link #match} is a pure function of the event, so a reader's
 * workers can run it in parallel.
 */
public final class IndicatorMatcher {
  private final Map<IpAddress, Indicator> addresses = new HashMap<>();
  /** Networks by prefix length (IPv4 lengths offset by 96, as in the 128-bit form). */
  private final TreeMap<Integer, Map<IpAddress, Indicator>> networks = new TreeMap<>();
  private final Map<String, Indicator> domains = new HashMap<>();
  /** The last labels of the domain indicators ({@code com}): a host under none is skipped without a copy. */
  private final java.util.Set<String> topLabels = new java.util.HashSet<>();
  private final Map<String, Indicator> hashes = new HashMap<>();
  private final Map<String, Indicator> emails = new HashMap<>();
  private final Map<String, Indicator> filenames = new HashMap<>();
  /** URLs without their scheme, as {@link Indicator#url} writes them. */
  private final Map<String, Indicator> urls = new LinkedHashMap<>();
  private final Map<Indicator, Boolean> warned = new HashMap<>();
  /** Lengths of the file-name indicators: most words are skipped without a copy. */
  private final java.util.BitSet nameLengths = new java.util.BitSet();

  private IndicatorMatcher(List<Indicator> indicators) {
    for (Indicator i : indicators) {
      add(i);
      warned.put(i, Warnings.listed(i));
    }
  }

  public static IndicatorMatcher of(List<Indicator> indicators) {
    return new IndicatorMatcher(indicators);
  }

  private void add(Indicator i) {
    switch (i.type()) {
      case IPV4, IPV6 -> addresses.putIfAbsent(IpAddress.parse(i.value()), i);
      case CIDR -> {
        int slash = i.value().indexOf('/');
        IpAddress net = IpAddress.parse(i.value().substring(0, slash));
        int prefix = Integer.parseInt(i.value().substring(slash + 1));
        networks.computeIfAbsent(net.v6() ? prefix : 96 + prefix, k -> new HashMap<>()).putIfAbsent(net, i);
      }
      case DOMAIN -> {
        domains.putIfAbsent(i.value(), i);
        topLabels.add(i.value().substring(i.value().lastIndexOf('.') + 1));
      }
      case MD5, SHA1, SHA256 -> hashes.putIfAbsent(i.value(), i);
      case EMAIL -> emails.putIfAbsent(i.value(), i);
      case FILENAME -> {
        filenames.putIfAbsent(i.value().toLowerCase(Locale.ROOT), i);
        nameLengths.set(i.value().length());
      }
      case URL -> urls.putIfAbsent(withoutScheme(i.value()), i);
    }
  }

  /** The hits in {@code e}: one per indicator and field, in document order. */
  public List<Hit> match(Event e) {
    Scan s = new Scan(e);
    walk(e.raw(), 0, s);
    return s.hits;
  }

  private void walk(JsonNode node, int depth, Scan s) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> f : node.properties()) {
        s.path.push(depth, f.getKey());
        walk(f.getValue(), depth + 1, s);
      }
    } else if (node.isArray()) {
      for (JsonNode x : node) {
        walk(x, depth, s);
      }
    } else if (node.isTextual()) {
      s.path.depth = depth;
      scan(node.textValue(), s.path, s);
    }
  }

  /** Looks for every kind of indicator in one string value. */
  private void scan(String text, CharSequence field, Scan s) {
    if (text.isEmpty()) {
      return;
    }
    // Each kind's pass is skipped when the text cannot hold it (indexOf is much cheaper than a pass).
    boolean dot = text.indexOf('.') >= 0;
    if ((!addresses.isEmpty() || !networks.isEmpty()) && (dot || text.indexOf(':') >= 0)) {
      addresses(text, field, s);
    }
    if (!domains.isEmpty() && dot) {
      hosts(text, field, s);
    }
    if (!hashes.isEmpty() && text.length() >= 32) {
      hexRuns(text, field, s);
    }
    if (!emails.isEmpty() && text.indexOf('@') >= 0) {
      emails(text, field, s);
    }
    if (!urls.isEmpty() && text.contains("://")) {
      urls(text, field, s);
    }
    if (!filenames.isEmpty() && text.length() >= nameLengths.nextSetBit(0)) {
      names(text, field, s);
    }
  }

  private void addresses(String text, CharSequence field, Scan s) {
    Tokens.runs(text, Tokens.ADDRESS, (from, to) -> {
      // Not inside a longer word or number (v1.2.3.4, a hex id); addresses are at most 45 characters.
      if (to - from > 51 || to - from < 2 || !Tokens.contains(text, from, to, '.', ':') || !Tokens.bounded(text, from, to)) {
        return;
      }
      String run = text.substring(from, to);
      IpAddress a = IpAddress.parse(run);
      if (a == null) {
        a = hostPort(run);
      }
      if (a != null) {
        Indicator i = address(a);
        if (i != null) {
          s.hit(i, field, from == 0 && to == text.length());
        }
      }
    });
  }

  /** {@code 1.2.3.4:443}: the address before a port. */
  private static IpAddress hostPort(String run) {
    int colon = run.lastIndexOf(':');
    if (colon <= 0 || run.indexOf(':') != colon || run.indexOf('.') < 0) {
      return null;
    }
    return IpAddress.parse(run.substring(0, colon));
  }

  private Indicator address(IpAddress a) {
    Indicator exact = addresses.get(a);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<Integer, Map<IpAddress, Indicator>> byLength : networks.descendingMap().entrySet()) {
      int bits = byLength.getKey();
      if (!a.v6() && bits < 96) {
        continue;
      }
      Indicator n = byLength.getValue().get(a.network(bits));
      if (n != null) {
        return n;
      }
    }
    return null;
  }

  private void hosts(String text, CharSequence field, Scan s) {
    Tokens.runs(text, Tokens.HOST, (from, to) -> {
      if (!Tokens.contains(text, from, to, '.', '.') || !underTopLabel(text, from, to)) {
        return; // every domain indicator has a dot, and ends in one of a few labels
      }
      String host = Tokens.trimDots(text.substring(from, to)).toLowerCase(Locale.ROOT);
      // The host and each parent domain: a.b.idowall.com, b.idowall.com, idowall.com.
      for (int dot = -1; host.indexOf('.', dot + 1) >= 0; dot = host.indexOf('.', dot + 1)) {
        Indicator i = domains.get(host.substring(dot + 1));
        if (i != null) {
          s.hit(i, field, from == 0 && to == text.length());
          return;
        }
      }
    });
  }

  /** Whether {@code text[from, to)}, trailing dots aside, ends with a label some domain indicator ends with. */
  private boolean underTopLabel(String text, int from, int to) {
    if (topLabels.size() > 32) {
      return true; // too many to try one by one: the lookups decide
    }
    int end = to;
    while (end > from && text.charAt(end - 1) == '.') {
      end--;
    }
    int dot = text.lastIndexOf('.', end - 1);
    if (dot < from) {
      return false;
    }
    int len = end - dot - 1;
    for (String t : topLabels) {
      if (t.length() == len && text.regionMatches(true, dot + 1, t, 0, len)) {
        return true;
      }
    }
    return false;
  }

  private void hexRuns(String text, CharSequence field, Scan s) {
    Tokens.runs(text, Tokens.WORD, (from, to) -> {
      int n = to - from;
      if (n == 32 || n == 40 || n == 64) {
        Indicator i = hashes.get(text.substring(from, to).toLowerCase(Locale.ROOT));
        if (i != null) {
          s.hit(i, field, from == 0 && to == text.length());
        }
      }
    });
  }

  private void emails(String text, CharSequence field, Scan s) {
    for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      int from = at;
      while (from > 0 && Tokens.localChar(text.charAt(from - 1))) {
        from--;
      }
      int to = at + 1;
      while (to < text.length() && Tokens.hostChar(text.charAt(to))) {
        to++;
      }
      String address = Tokens.trimDots(text.substring(from, to)).toLowerCase(Locale.ROOT);
      Indicator i = emails.get(address);
      if (i != null) {
        s.hit(i, field, from == 0 && to == text.length());
      }
    }
  }

  private void urls(String text, CharSequence field, Scan s) {
    for (int sep = text.indexOf("://"); sep >= 0; sep = text.indexOf("://", sep + 3)) {
      int from = sep;
      while (from > 0 && Character.isLetterOrDigit(text.charAt(from - 1))) {
        from--;
      }
      int to = sep + 3;
      while (to < text.length() && !Tokens.urlEnd(text.charAt(to))) {
        to++;
      }
      String candidate;
      try {
        candidate = withoutScheme(Indicator.url(text.substring(from, to)));
      } catch (IllegalArgumentException e) {
        continue;
      }
      Indicator i = url(candidate);
      if (i != null) {
        s.hit(i, field, from == 0 && to == text.length());
      }
    }
  }

  /** The URL indicator that {@code candidate} is, or that it continues with a path, query or fragment. */
  private Indicator url(String candidate) {
    Indicator exact = urls.get(candidate);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, Indicator> u : urls.entrySet()) {
      String k = u.getKey();
      if (candidate.startsWith(k) && (k.endsWith("/") || "/?#".indexOf(candidate.charAt(k.length())) >= 0)) {
        return u.getValue();
      }
    }
    return null;
  }

  private void names(String text, CharSequence field, Scan s) {
    Tokens.runs(text, Tokens.NAME, (from, to) -> {
      if (!nameLengths.get(to - from)) {
        return;
      }
      Indicator i = filenames.get(text.substring(from, to).toLowerCase(Locale.ROOT));
      if (i != null) {
        s.hit(i, field, false);
      }
    });
  }

  private static String withoutScheme(String url) {
    return url.substring(url.indexOf("://") + 3);
  }

  /** The keys from the document's root to the value being scanned, spelled out only for a hit. */
  private static final class Path implements CharSequence {
    String[] keys = new String[8];
    int depth;

    void push(int at, String key) {
      if (at == keys.length) {
        keys = java.util.Arrays.copyOf(keys, at * 2);
      }
      keys[at] = key;
      depth = at + 1;
    }

    @Override
    public String toString() {
      return String.join(".", java.util.Arrays.asList(keys).subList(0, depth));
    }

    @Override
    public int length() {
      return toString().length();
    }

    @Override
    public char charAt(int index) {
      return toString().charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return toString().subSequence(start, end);
    }
  }

  /** The hits of one event, one per indicator and field. */
  private final class Scan {
    final Event event;
    final List<Hit> hits = new ArrayList<>(0);
    final Path path = new Path();

    Scan(Event event) {
      this.event = event;
    }

    /** A hit in {@code field}, whose path is only spelled out now: most fields have none. */
    void hit(Indicator i, CharSequence fieldPath, boolean wholeValue) {
      String field = fieldPath.toString();
      for (Hit h : hits) {
        if (h.indicator() == i && h.field().equals(field)) {
          return;
        }
      }
      Confidence c = warned.get(i) ? Confidence.LOW
          : wholeValue && i.type() != IndicatorType.FILENAME ? Confidence.HIGH : Confidence.MEDIUM;
      hits.add(new Hit(i, field.isEmpty() ? "(value)" : field, c, event));
    }
  }
}
