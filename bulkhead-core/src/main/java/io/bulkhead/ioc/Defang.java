package io.bulkhead.ioc;

/**
 * The defanged spelling of an indicator for publication in text (Markdown, CSV), as write-ups
 * print them: {@code 193.142.58[.]126}, {@code idowall[.]com}, {@code hxxps://idowall[.]com/p},
 * {@code actor[@]idowall[.]com}, {@code 2001[:]db8::1}. Only the last dot of a host is bracketed,
 * which is enough to keep a link from being followed and keeps the value readable; hashes and
 * file names are written as they are. {@link Refang} reads every form back.
 */
final class Defang {
  private Defang() {}

  static String of(Indicator i) {
    String v = i.value();
    return switch (i.type()) {
      case IPV4, DOMAIN -> lastDot(v);
      case IPV6 -> firstColon(v);
      case CIDR -> {
        int slash = v.indexOf('/');
        String addr = v.substring(0, slash);
        yield (addr.indexOf(':') >= 0 ? firstColon(addr) : lastDot(addr)) + v.substring(slash);
      }
      case EMAIL -> {
        int at = v.indexOf('@');
        yield v.substring(0, at) + "[@]" + lastDot(v.substring(at + 1));
      }
      case URL -> url(v);
      case MD5, SHA1, SHA256, FILENAME -> v;
    };
  }

  private static String url(String v) {
    int sep = v.indexOf("://");
    String scheme = v.substring(0, sep);
    String defangedScheme = switch (scheme) {
      case "http" -> "hxxp";
      case "https" -> "hxxps";
      case "ftp" -> "fxp";
      default -> scheme;
    };
    int hostStart = sep + 3;
    int hostEnd = hostStart;
    while (hostEnd < v.length() && "/?#".indexOf(v.charAt(hostEnd)) < 0) {
      hostEnd++;
    }
    String authority = v.substring(hostStart, hostEnd);
    String host = authority.startsWith("[") ? firstColon(authority) : lastDot(authority);
    return defangedScheme + "://" + host + v.substring(hostEnd);
  }

  private static String lastDot(String s) {
    int dot = s.lastIndexOf('.');
    return dot < 0 ? s : s.substring(0, dot) + "[.]" + s.substring(dot + 1);
  }

  private static String firstColon(String s) {
    int colon = s.indexOf(':');
    return colon < 0 ? s : s.substring(0, colon) + "[:]" + s.substring(colon + 1);
  }
}
