package io.bulkhead.ioc;

import io.bulkhead.event.IpAddress;
import io.bulkhead.sigma.model.IpRange;
import java.util.List;
import java.util.Set;

/**
 * A small built-in warning list, in the spirit of MISP's warninglists: indicators for which a hit
 * is likely benign. They are still matched, with {@link Confidence#LOW}: a published list that
 * holds a private address or a CDN's domain is more often a mistake than a clue, but dropping the
 * hit would hide it.
 */
final class Warnings {
  private Warnings() {}

  /** Private, shared, loopback, link-local, multicast and reserved space (RFC 6890). */
  private static final List<IpRange> RESERVED = List.of(
      "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
      "192.168.0.0/16", "224.0.0.0/4", "240.0.0.0/4", "::/128", "::1/128", "fc00::/7", "fe80::/10", "ff00::/8")
      .stream().map(IpRange::parse).toList();

  /** Shared cloud, CDN and collaboration domains: a hit under them says little about an actor. */
  private static final Set<String> SHARED_DOMAINS = Set.of(
      "amazonaws.com", "cloudfront.net", "azureedge.net", "windows.net", "azurewebsites.net", "microsoft.com",
      "office.com", "office365.com", "live.com", "google.com", "googleapis.com", "gstatic.com", "googleusercontent.com",
      "cloudflare.com", "workers.dev", "pages.dev", "akamaiedge.net", "akamaihd.net", "fastly.net", "github.com",
      "githubusercontent.com", "atlassian.net", "okta.com", "apple.com", "icloud.com", "dropbox.com");

  static boolean listed(Indicator i) {
    return switch (i.type()) {
      case IPV4, IPV6 -> reserved(IpAddress.parse(i.value()));
      case CIDR -> reserved(IpAddress.parse(i.value().substring(0, i.value().indexOf('/'))));
      case DOMAIN -> shared(i.value());
      case URL, EMAIL -> {
        String host = host(i);
        yield host != null && (shared(host) || IpAddress.parse(host) != null && reserved(IpAddress.parse(host)));
      }
      default -> false;
    };
  }

  private static boolean reserved(IpAddress a) {
    for (IpRange r : RESERVED) {
      if (r.contains(a)) {
        return true;
      }
    }
    return false;
  }

  private static boolean shared(String domain) {
    for (String d = domain; d != null; d = parent(d)) {
      if (SHARED_DOMAINS.contains(d)) {
        return true;
      }
    }
    return false;
  }

  private static String parent(String d) {
    int dot = d.indexOf('.');
    return dot < 0 ? null : d.substring(dot + 1);
  }

  private static String host(Indicator i) {
    String v = i.value();
    if (i.type() == IndicatorType.EMAIL) {
      return v.substring(v.indexOf('@') + 1);
    }
    int start = v.indexOf("://") + 3;
    int end = start;
    while (end < v.length() && "/?#".indexOf(v.charAt(end)) < 0) {
      end++;
    }
    String h = v.substring(start, end);
    h = h.substring(h.lastIndexOf('@') + 1);
    if (h.startsWith("[")) {
      return h.substring(1, Math.max(1, h.indexOf(']')));
    }
    int colon = h.lastIndexOf(':');
    return colon < 0 ? h : h.substring(0, colon);
  }
}
