package io.bulkhead.ioc;

import io.bulkhead.event.IpAddress;
import io.bulkhead.event.Origin;
import io.bulkhead.sigma.model.IpRange;
import java.net.IDN;
import java.util.Locale;
import java.util.Objects;

/**
 * One indicator of compromise, in canonical form so that equal indicators compare equal and the
 * matcher compares like with like: addresses as {@link IpAddress#canonical()}, networks as
 * {@code address/prefix} of their network address, domains in lower-case ASCII (IDN converted,
 * no trailing dot), URLs with lower-case scheme and host, hashes in lower-case hex, e-mail
 * addresses in lower case, file names as written.
 *
 * @param type what it is
 * @param value the canonical value
 * @param description what the source said of it, or null
 * @param origin where it was read (file, line, record)
 */
public record Indicator(IndicatorType type, String value, String description, Origin origin) {

  public Indicator {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(origin, "origin");
  }

  /**
   * The indicator {@code text} (already refanged) denotes as {@code type}, canonicalised.
   *
   * @throws IllegalArgumentException saying why {@code text} is not a valid {@code type}
   */
  public static Indicator of(IndicatorType type, String text, String description, Origin origin) {
    return new Indicator(type, canonical(type, text.strip()), description == null || description.isBlank() ? null
        : description.strip(), origin);
  }

  /** The canonical form of {@code s} as {@code type}; throws saying why it is not one. */
  static String canonical(IndicatorType type, String s) {
    if (s.isEmpty()) {
      throw new IllegalArgumentException("empty " + type.wireName());
    }
    return switch (type) {
      case IPV4, IPV6 -> {
        IpAddress a = IpAddress.parse(s);
        if (a == null || a.v6() != (type == IndicatorType.IPV6)) {
          throw new IllegalArgumentException("'" + s + "' is not an " + type.wireName() + " address");
        }
        yield a.canonical();
      }
      case CIDR -> {
        IpRange r = IpRange.parse(s);
        int slash = s.indexOf('/');
        IpAddress net = IpAddress.parse(slash < 0 ? s : s.substring(0, slash));
        yield net.network(net.v6() ? r.prefix() : 96 + r.prefix()).canonical() + "/" + r.prefix();
      }
      case DOMAIN -> domain(s);
      case URL -> url(s);
      case MD5 -> hex(s, 32, type);
      case SHA1 -> hex(s, 40, type);
      case SHA256 -> hex(s, 64, type);
      case FILENAME -> {
        if (s.indexOf('\n') >= 0 || s.indexOf('\0') >= 0) {
          throw new IllegalArgumentException("a file name cannot hold a line break or NUL");
        }
        yield s;
      }
      case EMAIL -> {
        int at = s.lastIndexOf('@');
        if (at <= 0 || at != s.indexOf('@') || s.chars().anyMatch(Character::isWhitespace)) {
          throw new IllegalArgumentException("'" + s + "' is not an e-mail address");
        }
        yield s.substring(0, at).toLowerCase(Locale.ROOT) + "@" + domain(s.substring(at + 1));
      }
    };
  }

  /** Lower-case ASCII, IDN converted, no trailing dot; at least two labels of letters, digits, '-' and '_'. */
  static String domain(String s) {
    String d = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    try {
      d = IDN.toASCII(d, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + s + "' is not a domain name: " + e.getMessage());
    }
    if (d.length() > 253 || d.indexOf('.') < 0) {
      throw new IllegalArgumentException("'" + s + "' is not a domain name");
    }
    for (String label : d.split("\\.", -1)) {
      if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")
          || !label.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
        throw new IllegalArgumentException("'" + s + "' is not a domain name");
      }
    }
    if (IpAddress.parse(d) != null) {
      throw new IllegalArgumentException("'" + s + "' is an IP address, not a domain name");
    }
    return d;
  }

  /** {@code scheme://host[:port]/rest} with scheme and host in lower case (an IP host canonical). */
  static String url(String s) {
    int sep = s.indexOf("://");
    if (sep <= 0 || !s.substring(0, sep).chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
      throw new IllegalArgumentException("'" + s + "' is not a URL (scheme://host...)");
    }
    String scheme = s.substring(0, sep).toLowerCase(Locale.ROOT);
    int hostStart = sep + 3;
    int hostEnd = hostStart;
    while (hostEnd < s.length() && "/?#".indexOf(s.charAt(hostEnd)) < 0) {
      hostEnd++;
    }
    String authority = s.substring(hostStart, hostEnd);
    int userinfo = authority.lastIndexOf('@');
    String user = userinfo < 0 ? "" : authority.substring(0, userinfo + 1);
    String hostPort = authority.substring(userinfo + 1);
    String host = hostPort;
    String port = "";
    if (hostPort.startsWith("[")) {
      int close = hostPort.indexOf(']');
      if (close < 0) {
        throw new IllegalArgumentException("'" + s + "' has an unclosed IPv6 host");
      }
      host = hostPort.substring(1, close);
      port = hostPort.substring(close + 1);
      IpAddress a = IpAddress.parse(host);
      if (a == null) {
        throw new IllegalArgumentException("'" + s + "' has an invalid IPv6 host");
      }
      host = "[" + a.canonical() + "]";
    } else {
      int colon = hostPort.lastIndexOf(':');
      if (colon >= 0) {
        host = hostPort.substring(0, colon);
        port = hostPort.substring(colon);
      }
      IpAddress a = IpAddress.parse(host);
      host = a != null ? a.canonical() : domainOrName(host, s);
    }
    return scheme + "://" + user + host + port + s.substring(hostEnd);
  }

  private static String domainOrName(String host, String url) {
    if (host.isEmpty()) {
      throw new IllegalArgumentException("'" + url + "' has no host");
    }
    // Intranet URLs name single-label hosts (http://jira/...): kept, in lower case.
    return host.indexOf('.') < 0 ? host.toLowerCase(Locale.ROOT) : domain(host);
  }

  private static String hex(String s, int length, IndicatorType type) {
    String h = s.toLowerCase(Locale.ROOT);
    if (h.length() != length || !h.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
      throw new IllegalArgumentException("'" + s + "' is not an " + type.wireName() + " (" + length + " hex digits)");
    }
    return h;
  }
}
