package io.bulkhead.scenario;

/**
 * Cloudflare Logpush {@code http_requests} records for the zone in front of the Atlassian suite.
 * The job's field list is the one Panther's sample was exported with, plus {@code ClientRequestScheme},
 * {@code ZoneName} and the custom field {@code RequestHeaders} that logs the Access service-token
 * header {@code cf-access-client-id}; fields in alphabetical order, timestamps as unix
 * nanoseconds ({@code timestamp_format = unixnano}).
 */
final class HttpRequestsJson {
  private HttpRequestsJson() {}

  static Buf render(Buf b, WebReq r, Rng rng) {
    WebReq.Client c = r.client;
    Geo.Addr a = c.addr();
    int q = r.uri.indexOf('?');
    String path = q < 0 ? r.uri : r.uri.substring(0, q);
    long startNs = r.t * 1_000_000L + rng.nextInt(1_000_000);
    long originNs = (r.durMs + 3L) * 1_000_000L + rng.nextInt(1_000_000);
    String type = contentType(path, r.status);
    long edgeBytes = r.bytes + 380 + rng.nextInt(220);
    b.open()
        .n("BotScore", c.browser() ? 80 + rng.nextInt(20) : 1 + rng.nextInt(28))
        .s("CacheCacheStatus", "dynamic")
        .n("CacheResponseBytes", edgeBytes)
        .n("CacheResponseStatus", r.status)
        .b("CacheTieredFill", false)
        .n("ClientASN", a.isp().asn())
        .s("ClientCountry", a.place().cc())
        .s("ClientDeviceType", "desktop")
        .s("ClientIP", c.ip())
        .s("ClientIPClass", "noRecord")
        .n("ClientRequestBytes", 900 + r.requestBytes() + rng.nextInt(1400))
        .s("ClientRequestHost", r.host())
        .s("ClientRequestMethod", r.method)
        .s("ClientRequestPath", path)
        .s("ClientRequestProtocol", c.browser() ? "HTTP/2" : "HTTP/1.1")
        .s("ClientRequestReferer", r.referer == null ? "" : r.referer)
        .s("ClientRequestScheme", "https")
        .s("ClientRequestURI", r.uri)
        .s("ClientRequestUserAgent", c.ua())
        .s("ClientSSLProtocol", "TLSv1.3")
        .n("ClientSrcPort", 1024 + rng.nextInt(64_000))
        .s("ClientXRequestedWith", c.browser() && r.uri.startsWith("/rest/") ? "XMLHttpRequest" : "")
        .s("EdgeColoCode", a.place().colo())
        .n("EdgeColoID", a.place().coloId())
        .n("EdgeEndTimestamp", startNs + originNs + 400_000L + rng.nextInt(900_000))
        .s("EdgePathingOp", "wl")
        .s("EdgePathingSrc", "macro")
        .s("EdgePathingStatus", "nr")
        .s("EdgeRateLimitAction", "")
        .n("EdgeRateLimitID", 0)
        .s("EdgeRequestHost", r.host())
        .n("EdgeResponseBytes", edgeBytes)
        .key("EdgeResponseCompressionRatio").text(type.startsWith("text") || type.endsWith("json") ? "2.87" : "1.00")
        .s("EdgeResponseContentType", type)
        .n("EdgeResponseStatus", r.status)
        .s("EdgeServerIP", "")
        .n("EdgeStartTimestamp", startNs)
        .s("OriginIP", "")
        .n("OriginResponseBytes", 0)
        .n("OriginResponseStatus", r.edgeOnly ? 0 : r.status)
        .n("OriginResponseTime", r.edgeOnly ? 0 : originNs)
        .s("OriginSSLProtocol", "TLSv1.3")
        .s("ParentRayID", "00")
        .s("RayID", rng.hex(16));
    b.obj("RequestHeaders");
    if (c.clientId() != null) {
      b.s("cf-access-client-id", c.clientId());
    }
    b.close();
    return b.s("SecurityLevel", "med")
        .s("WAFAction", "unknown")
        .s("WAFFlags", "0")
        .s("WAFMatchedVar", "")
        .s("WAFProfile", "unknown")
        .s("WAFRuleID", "")
        .s("WAFRuleMessage", "")
        .n("WorkerCPUTime", 0)
        .s("WorkerStatus", "unknown")
        .b("WorkerSubrequest", false)
        .n("WorkerSubrequestCount", 0)
        .n("ZoneID", Org.ZONE_ID)
        .s("ZoneName", Org.ZONE)
        .close();
  }

  static String contentType(String path, int status) {
    if (status == 304 || status == 204) {
      return "";
    }
    if (path.endsWith(".css")) {
      return "text/css";
    } else if (path.endsWith(".js")) {
      return "application/javascript";
    } else if (path.endsWith(".png") || path.endsWith(".svg")) {
      return path.endsWith(".png") ? "image/png" : "image/svg+xml";
    } else if (path.endsWith("/archive")) {
      return "application/zip";
    } else if (path.endsWith("/info/refs")) {
      return "application/x-git-upload-pack-advertisement";
    } else if (path.endsWith("/git-upload-pack")) {
      return "application/x-git-upload-pack-result";
    } else if (path.startsWith("/rest/") || path.endsWith(".json")) {
      return "application/json";
    } else if (path.endsWith(".xml")) {
      return "text/xml";
    }
    return "text/html";
  }
}
