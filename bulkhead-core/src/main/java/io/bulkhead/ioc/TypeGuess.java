package io.bulkhead.ioc;

import io.bulkhead.event.IpAddress;
import io.bulkhead.sigma.model.IpRange;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What kind of indicator one refanged token is, when its file does not say; and what the type
 * names written in CSV columns, Markdown tables and text prefixes mean.
 *
 * <p>The hard case is {@code name.ext} versus {@code domain.tld}: extraction tools have called
 * {@code virus.exe} a domain (signalscorps/file2stix#8) and {@code W64/BURNTCIGAR.CA!tr} a domain
 * (fhightower/ioc-finder#279), while {@code .zip}, {@code .py}, {@code .sh} and {@code .so} are
 * real top-level domains too. The rule here: a last label that is a common file extension makes a
 * file name, unless the writer defanged the token ({@code evil[.]zip}) or the file lists C2 hosts;
 * nobody defangs a file name. A last label must also look like a TLD: letters only (or punycode),
 * 2 to 63 of them, not in mixed case ({@code DetectRaptor.Windows.Detection.Amcache} is an artifact
 * name, not a host).
 */
final class TypeGuess {
  private static final Set<String> FILE_EXTENSIONS = Set.of("exe", "dll", "sys", "zip", "js", "py", "ps1",
      "bat", "jar", "class", "so", "bin", "txt", "doc", "docx", "docm", "xls", "xlsx", "xlsm", "ppt", "pptx",
      "rtf", "pdf", "lnk", "vbs", "vbe", "hta", "msi", "elf", "sh", "scr", "cmd", "cpl", "ocx", "dat", "tmp",
      "log", "ini", "cfg", "json", "xml", "csv", "php", "jsp", "asp", "aspx", "dmg", "pkg", "deb", "rpm", "iso",
      "img", "apk", "rar", "gz", "tgz", "tar", "xz", "dylib", "wsf", "one", "war", "ear");

  // Spellings seen in CSV type columns, Markdown tables and MISP/STIX-minded exports, folded by
  // fold(): lower case without spaces, '-' and '_'. IP names that do not say the family ("ip",
  // "ip-dst") are resolved from the value.
  private static final Map<String, IndicatorType> NAMES = Map.ofEntries(
      Map.entry("ipv4", IndicatorType.IPV4), Map.entry("ipv4addr", IndicatorType.IPV4),
      Map.entry("ipv4address", IndicatorType.IPV4), Map.entry("ipv6", IndicatorType.IPV6),
      Map.entry("ipv6addr", IndicatorType.IPV6), Map.entry("ipv6address", IndicatorType.IPV6),
      Map.entry("cidr", IndicatorType.CIDR), Map.entry("network", IndicatorType.CIDR),
      Map.entry("domain", IndicatorType.DOMAIN), Map.entry("domainname", IndicatorType.DOMAIN),
      Map.entry("hostname", IndicatorType.DOMAIN), Map.entry("fqdn", IndicatorType.DOMAIN),
      Map.entry("url", IndicatorType.URL), Map.entry("md5", IndicatorType.MD5),
      Map.entry("sha1", IndicatorType.SHA1), Map.entry("sha256", IndicatorType.SHA256),
      Map.entry("filename", IndicatorType.FILENAME), Map.entry("email", IndicatorType.EMAIL),
      Map.entry("emailaddress", IndicatorType.EMAIL), Map.entry("emailaddr", IndicatorType.EMAIL),
      Map.entry("emailsrc", IndicatorType.EMAIL), Map.entry("emaildst", IndicatorType.EMAIL));
  private static final Set<String> ANY_IP = Set.of("ip", "ipaddress", "ipdst", "ipsrc", "ipaddr");
  private static final Set<String> ANY_HASH = Set.of("hash", "filehash");

  private TypeGuess() {}

  /**
   * The type of {@code token} (refanged, trimmed), or null when it cannot be told.
   *
   * @param preferDomain the token was defanged, or comes from a C2 list: an ambiguous
   *     {@code name.zip} is then a domain
   */
  static IndicatorType guess(String token, boolean preferDomain) {
    if (token.isEmpty() || token.chars().anyMatch(Character::isWhitespace)) {
      return null;
    }
    if (hasScheme(token)) {
      return IndicatorType.URL;
    }
    IpAddress ip = IpAddress.parse(token);
    if (ip != null) {
      return ip.v6() ? IndicatorType.IPV6 : IndicatorType.IPV4;
    }
    if (token.indexOf('/') > 0 && isNetwork(token)) {
      return IndicatorType.CIDR;
    }
    int at = token.indexOf('@');
    if (at > 0 && at == token.lastIndexOf('@')) {
      String host = token.substring(at + 1);
      return isDomain(host) || host.startsWith("[") ? IndicatorType.EMAIL : null;
    }
    IndicatorType hash = byHexLength(token);
    if (hash != null) {
      return hash;
    }
    if (isDomain(token)) {
      String tld = token.substring(token.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      return FILE_EXTENSIONS.contains(tld) && !preferDomain ? IndicatorType.FILENAME : IndicatorType.DOMAIN;
    }
    return isFileName(token) ? IndicatorType.FILENAME : null;
  }

  /** Why {@link #guess} gave up on {@code token}, with what to do about it. */
  static String unknownReason(String token) {
    String shown = IndicatorSink.quote(token);
    if (isHex(token) && token.length() == 128) {
      return shown + " looks like a SHA-512 hash, which is not supported (md5, sha1 and sha256 are)";
    }
    if (isHex(token) && token.length() >= 16 && token.chars().anyMatch(Character::isLetter)) {
      return shown + " has " + token.length() + " hex digits: not an MD5 (32), SHA-1 (40) or SHA-256 (64) hash";
    }
    if (looksDottedQuad(token)) {
      return shown + " is not an IPv4 address (four numbers 0-255 without leading zeros, which tools read"
          + " as octal or decimal differently)";
    }
    int slash = token.indexOf('/');
    if (slash > 0 && (isDomain(token.substring(0, slash)) || IpAddress.parse(token.substring(0, slash)) != null)) {
      return shown + " looks like a URL without its scheme; write it with one (http://, https://)";
    }
    return "cannot tell what kind of indicator " + shown + " is; give its type (a CSV type column, or a prefix"
        + " such as 'filename:" + (token.length() > 40 ? "name" : token) + "')";
  }

  /**
   * The type a column or prefix named {@code name} means for {@code value}, or null when the name
   * means none. Names that do not say the IP family or the hash length take it from the value.
   */
  static IndicatorType named(String name, String value) {
    String key = fold(name);
    if (ANY_IP.contains(key)) {
      return value.indexOf('/') >= 0 ? IndicatorType.CIDR
          : value.indexOf(':') >= 0 ? IndicatorType.IPV6 : IndicatorType.IPV4;
    }
    if (ANY_HASH.contains(key)) {
      IndicatorType hash = byHexLength(value);
      return hash != null ? hash : IndicatorType.SHA256; // so that the problem names the expected lengths
    }
    return NAMES.get(key);
  }

  /** Whether {@code name} is a type name that may prefix a value in plain text ({@code md5:...}). */
  static boolean isPrefixName(String name) {
    String key = fold(name);
    return IndicatorType.ofWireName(key).isPresent() || key.equals("ip") || key.equals("hash");
  }

  static IndicatorType byHexLength(String token) {
    if (!isHex(token)) {
      return null;
    }
    return switch (token.length()) {
      case 32 -> IndicatorType.MD5;
      case 40 -> IndicatorType.SHA1;
      case 64 -> IndicatorType.SHA256;
      default -> null;
    };
  }

  /** Two or more labels of letters, digits, '-' and '_' (any script), the last a plausible TLD. */
  static boolean isDomain(String s) {
    String d = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    int lastDot = d.lastIndexOf('.');
    if (lastDot <= 0 || d.length() > 253) {
      return false;
    }
    int labelStart = 0;
    for (int i = 0; i <= d.length(); i++) {
      if (i == d.length() || d.charAt(i) == '.') {
        if (i == labelStart || i - labelStart > 63 || d.charAt(labelStart) == '-' || d.charAt(i - 1) == '-') {
          return false;
        }
        labelStart = i + 1;
      } else if (!Character.isLetterOrDigit(d.charAt(i)) && d.charAt(i) != '-' && d.charAt(i) != '_') {
        return false;
      }
    }
    return isTld(d.substring(lastDot + 1));
  }

  private static boolean isTld(String tld) {
    if (tld.regionMatches(true, 0, "xn--", 0, 4)) {
      return tld.length() > 4;
    }
    boolean upper = tld.chars().anyMatch(Character::isUpperCase);
    boolean lower = tld.chars().anyMatch(Character::isLowerCase);
    return tld.length() >= 2 && tld.chars().allMatch(Character::isLetter) && !(upper && lower);
  }

  /** A name with an extension of letters and digits, and none of the characters paths or globs use. */
  private static boolean isFileName(String s) {
    int dot = s.lastIndexOf('.');
    if (dot <= 0 || dot == s.length() - 1 || s.length() - dot - 1 > 10) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < ' ' || "/\\:*?\"<>|".indexOf(c) >= 0) {
        return false;
      }
    }
    String ext = s.substring(dot + 1);
    return ext.chars().allMatch(Character::isLetterOrDigit) && ext.chars().anyMatch(Character::isLetter);
  }

  private static boolean hasScheme(String s) {
    int sep = s.indexOf("://");
    if (sep <= 0 || !Character.isLetter(s.charAt(0))) {
      return false;
    }
    for (int i = 0; i < sep; i++) {
      char c = s.charAt(i);
      if (!(c < 128 && Character.isLetterOrDigit(c)) && c != '+' && c != '-' && c != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean isNetwork(String s) {
    int slash = s.indexOf('/');
    if (IpAddress.parse(s.substring(0, slash)) == null) {
      return false;
    }
    try {
      IpRange.parse(s);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean isHex(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F');
  }

  private static boolean looksDottedQuad(String s) {
    int dots = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.') {
        dots++;
      } else if (c < '0' || c > '9') {
        return false;
      }
    }
    return dots == 3;
  }

  private static String fold(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != ' ' && c != '-' && c != '_') {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }
}
