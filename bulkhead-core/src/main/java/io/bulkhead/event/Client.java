package io.bulkhead.event;

/**
 * Where the request came from: client IP (the address the vendor recorded as the client, which
 * behind a proxy may be the proxy), user agent, autonomous system number and country code.
 */
public record Client(String ip, String userAgent, Long asn, String country) {
  /** A client, or null when all parts are null or blank. */
  public static Client of(String ip, String userAgent, Long asn, String country) {
    ip = Text.blankToNull(ip);
    userAgent = Text.blankToNull(userAgent);
    country = Text.blankToNull(country);
    return ip == null && userAgent == null && asn == null && country == null
        ? null
        : new Client(ip, userAgent, asn, country);
  }
}
