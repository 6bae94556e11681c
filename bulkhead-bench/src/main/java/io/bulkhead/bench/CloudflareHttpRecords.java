package io.bulkhead.bench;

import java.util.Locale;

/**
 * Cloudflare zone {@code http_requests} as a Logpush job with {@code timestamp_format=unixnano}
 * writes them: the vendor sample's field set (keys in its order) with nanosecond integer times,
 * requests to the Atlassian apps behind the gateway (page views, issue views, searches, repository
 * archives, static assets, polling), and on some requests the Access headers a job can log as
 * custom fields.
 */
final class CloudflareHttpRecords implements RecordWriter {
  private static final long START_NANOS = 1_740_787_200_000_000_000L;
  private static final String[] COLOS = {"LHR", "FRA", "IAD", "SJC", "NRT", "GRU", "SYD", "AMS"};
  private static final String[] COUNTRIES = {"gb", "de", "us", "us", "jp", "br", "au", "nl", "pl", "in"};
  private static final String[] PROJECTS = {"OPS", "SEC", "PAY", "WEB", "INFRA"};

  private final Fake fake;
  private long nanos = START_NANOS;

  CloudflareHttpRecords(long seed) {
    this.fake = new Fake(seed);
  }

  @Override
  public void write(JsonOut out, long n) {
    nanos += fake.nextLong(0, 40_000_000L);
    String[] req = request();
    String host = req[0];
    String uri = req[1];
    int status = status();
    long bytes = status == 304 ? 0 : 400 + fake.nextInt(900_000);
    long duration = 1_000_000L + fake.nextLong(0, 900_000_000L);
    String ray = fake.hex(16);
    String ua = fake.userAgent();
    out.beginObject();
    bot(out, ua);
    out.string("CacheCacheStatus", uri.startsWith("/s/") ? "hit" : "dynamic")
        .number("CacheResponseBytes", bytes).number("CacheResponseStatus", status).bool("CacheTieredFill", false);
    client(out, host, uri, ua);
    out.beginObject("Cookies").string("JSESSIONID", fake.hex(32).toUpperCase(Locale.ROOT)).endObject();
    edge(out, host, status, bytes, duration);
    origin(out, status, bytes, duration);
    out.string("ParentRayID", "00").string("RayID", ray);
    headers(out);
    out.string("SecurityLevel", "med").number("SmartRouteColoID", 0).number("UpperTierColoID", 0);
    waf(out);
    out.number("WorkerCPUTime", 0).string("WorkerStatus", "unknown").bool("WorkerSubrequest", false)
        .number("WorkerSubrequestCount", 0).number("ZoneID", 526503649).string("ZoneName", "example.com");
    out.endObject();
  }

  /** Host and URI of a request to Confluence, Jira or Bitbucket behind the gateway. */
  private String[] request() {
    String key = fake.pick(PROJECTS);
    return switch (fake.nextInt(10)) {
      case 0, 1 -> new String[] {"wiki.example.com", "/pages/viewpage.action?pageId=" + (100_000 + fake.nextInt(9_000_000))};
      case 2 -> new String[] {"wiki.example.com", "/dosearchsite.action?cql=siteSearch+~+%22" + fake.pick(new String[] {
          "remote+access", "secret", "client-secret", "openconnect", "cloudflared", "token"}) + "%22&queryString=x"};
      case 3, 4 -> new String[] {"jira.example.com", "/browse/" + key + "-" + (1 + fake.nextInt(40_000))};
      case 5 -> new String[] {"jira.example.com", "/rest/api/2/search?jql=project%3D" + key + "+ORDER+BY+updated&maxResults=50"};
      case 6 -> new String[] {"git.example.com", "/rest/api/latest/projects/" + key + "/repos/" + fake.login().replace('.', '-')
          + "/archive?format=zip&at=refs%2Fheads%2Fmain"};
      case 7 -> new String[] {"wiki.example.com", "/rest/quickreload/latest/" + fake.nextInt(9_000_000) + "?since=" + nanos / 1_000_000};
      default -> new String[] {"jira.example.com", "/s/" + fake.hex(32) + "-CDN/-8h3b1f/9120005/_/download/batch/jira.webresources:global-static/jira.webresources:global-static.js"};
    };
  }

  private int status() {
    int r = fake.nextInt(100);
    return r < 78 ? 200 : r < 88 ? 304 : r < 92 ? 302 : r < 96 ? 404 : r < 98 ? 403 : 500;
  }

  private void bot(JsonOut out, String ua) {
    boolean bot = ua.startsWith("python") || ua.startsWith("curl");
    out.beginArray("BotDetectionIDs").number(bot ? 9 : 0).endArray()
        .number("BotScore", bot ? 1 + fake.nextInt(20) : 30 + fake.nextInt(70))
        .string("BotScoreSrc", bot ? "Heuristics" : "Machine Learning")
        .beginArray("BotTags").endArray();
  }

  private void client(JsonOut out, String host, String uri, String ua) {
    int q = uri.indexOf('?');
    out.number("ClientASN", 1000 + fake.nextInt(60_000)).string("ClientCountry", fake.pick(COUNTRIES))
        .string("ClientDeviceType", ua.contains("iPhone") ? "mobile" : "desktop").string("ClientIP", fake.ipv4())
        .string("ClientIPClass", "noRecord").string("ClientMTLSAuthCertFingerprint", "")
        .string("ClientMTLSAuthStatus", "unknown").number("ClientRequestBytes", 600 + fake.nextInt(4000))
        .string("ClientRequestHost", host).string("ClientRequestMethod", uri.contains("search") && fake.chance(20) ? "POST" : "GET")
        .string("ClientRequestPath", q < 0 ? uri : uri.substring(0, q)).string("ClientRequestProtocol", "HTTP/2")
        .string("ClientRequestReferer", "https://" + host + "/").string("ClientRequestScheme", "https")
        .string("ClientRequestSource", "eyeball").string("ClientRequestURI", uri).string("ClientRequestUserAgent", ua)
        .number("ClientSrcPort", 1024 + fake.nextInt(64_000)).string("ClientSSLCipher", "AEAD-AES128-GCM-SHA256")
        .string("ClientSSLProtocol", "TLSv1.3").number("ClientTCPRTTMs", fake.nextInt(200))
        .string("ClientXRequestedWith", "");
  }

  private void edge(JsonOut out, String host, int status, long bytes, long duration) {
    out.bool("EdgeCFConnectingO2O", false).string("EdgeColoCode", fake.pick(COLOS)).number("EdgeColoID", fake.nextInt(400))
        .number("EdgeEndTimestamp", nanos + duration).string("EdgePathingOp", "wl").string("EdgePathingSrc", "macro")
        .string("EdgePathingStatus", "nr").string("EdgeRateLimitAction", "").number("EdgeRateLimitID", 0)
        .string("EdgeRequestHost", host).number("EdgeResponseBodyBytes", Math.max(0, bytes - 600))
        .number("EdgeResponseBytes", bytes).number("EdgeResponseCompressionRatio", 0)
        .string("EdgeResponseContentType", host.startsWith("git") ? "application/zip" : "text/html;charset=UTF-8")
        .number("EdgeResponseStatus", status).string("EdgeServerIP", "").number("EdgeStartTimestamp", nanos)
        .number("EdgeTimeToFirstByteMs", duration / 2_000_000);
  }

  private void origin(JsonOut out, int status, long bytes, long duration) {
    out.number("OriginDNSResponseTimeMs", 0).string("OriginIP", "203.0.113." + (10 + fake.nextInt(4)))
        .number("OriginRequestHeaderSendDurationMs", 0).number("OriginResponseBytes", bytes)
        .number("OriginResponseDurationMs", duration / 1_000_000)
        .number("OriginResponseHeaderReceiveDurationMs", duration / 2_000_000)
        .number("OriginResponseHTTPExpires", 0).number("OriginResponseHTTPLastModified", 0)
        .number("OriginResponseStatus", status).number("OriginResponseTime", duration)
        .string("OriginSSLProtocol", "TLSv1.3").number("OriginTCPHandshakeDurationMs", fake.nextInt(30))
        .number("OriginTLSHandshakeDurationMs", fake.nextInt(60));
  }

  /** Access headers logged as custom fields, on the requests that went through Access. */
  private void headers(JsonOut out) {
    if (fake.chance(10)) {
      out.beginObject("RequestHeaders")
          .string("cf-access-client-id", fake.hex(32) + ".access")
          .string("cf-access-authenticated-user-email", fake.chance(50) ? fake.login() + "@example.com" : null)
          .endObject();
    }
  }

  private void waf(JsonOut out) {
    out.string("WAFAction", "unknown").string("SecurityAction", "unknown").string("WAFFlags", "0")
        .string("WAFMatchedVar", "").string("WAFProfile", "unknown").string("WAFRuleID", "")
        .string("SecurityRuleID", "").string("WAFRuleMessage", "").string("SecurityRuleDescription", "");
  }
}
