package io.bulkhead.scenario;

/**
 * Renders Okta {@code LogEvent}s with every top-level field of a complete event, in the order
 * Okta's API returns them (alphabetical), {@code published} in ISO-8601 with milliseconds.
 */
final class OktaJson {
  private OktaJson() {}

  static Buf render(Buf b, OktaEvent e, Rng rng) {
    String requestId = e.transactionId != null ? e.transactionId : rng.base62(27);
    b.open().obj("actor")
        .s("alternateId", e.actorAlternateId)
        .nul("detailEntry")
        .s("displayName", e.actorDisplayName)
        .s("id", e.actorId)
        .s("type", e.actorType)
        .close();
    b.obj("authenticationContext")
        .raw("authenticationProvider", e.credentialType == null ? "null" : "\"OKTA_AUTHENTICATION_PROVIDER\"")
        .n("authenticationStep", 0)
        .raw("credentialProvider", e.credentialType == null ? "null" : "\"OKTA_CREDENTIAL_PROVIDER\"")
        .raw("credentialType", e.credentialType == null ? "null" : "\"" + e.credentialType + "\"")
        .s("externalSessionId", e.sessionId == null ? "unknown" : e.sessionId)
        .nul("interface")
        .nul("issuer")
        .close();
    b.obj("client");
    if (e.device == null) {
      b.nul("device");
    } else {
      b.s("device", e.device);
    }
    geo(b, e.addr);
    b.nul("id").s("ipAddress", e.addr.ip());
    b.obj("userAgent").s("browser", e.uaBrowser == null ? "UNKNOWN" : e.uaBrowser).s("os", e.uaOs == null ? "Unknown" : e.uaOs)
        .s("rawUserAgent", e.ua).close();
    b.s("zone", "null").close();
    b.obj("debugContext").obj("debugData")
        .s("requestId", requestId)
        .s("requestUri", e.requestUri == null ? "/api/v1/authn" : e.requestUri)
        .s("threatSuspected", "false")
        .s("url", (e.requestUri == null ? "/api/v1/authn" : e.requestUri) + "?")
        .close().close();
    b.s("displayMessage", e.displayMessage)
        .s("eventType", e.eventType)
        .s("legacyEventType", e.legacyEventType)
        .obj("outcome").s("reason", e.reason).s("result", e.result).close()
        .key("published");
    TimeText.isoMillis(b.ch('"'), e.t).ch('"');
    b.obj("request").arr("ipChain").elObj();
    geo(b, e.addr);
    b.s("ip", e.addr.ip()).nul("source").s("version", "V4").close().closeArr().close();
    String org = e.addr.isp().org().toLowerCase(java.util.Locale.ROOT);
    b.obj("securityContext")
        .n("asNumber", e.addr.isp().asn())
        .s("asOrg", org)
        .nul("domain")
        .b("isProxy", e.addr.isp().hosting() && (e.addr.ip().hashCode() & 1) == 1)
        .s("isp", org)
        .close();
    b.s("severity", e.severity);
    if (e.targets == null) {
      b.nul("target");
    } else {
      b.arr("target");
      for (int i = 0; i + 3 < e.targets.length; i += 4) {
        b.elObj().s("alternateId", e.targets[i + 2]).nul("detailEntry").s("displayName", e.targets[i + 3])
            .s("id", e.targets[i + 1]).s("type", e.targets[i]).close();
      }
      b.closeArr();
    }
    b.obj("transaction").obj("detail");
    if (e.apiTokenId != null) {
      b.s("requestApiTokenId", e.apiTokenId);
    }
    b.close().s("id", requestId).s("type", e.transactionType).close();
    return b.s("uuid", rng.uuidV1()).s("version", "0").close();
  }

  private static void geo(Buf b, Geo.Addr a) {
    Geo.Place p = a.place();
    b.obj("geographicalContext")
        .s("city", p.city())
        .s("country", p.country())
        .obj("geolocation").dec("lat", p.lat4(), 4).dec("lon", p.lon4(), 4).close()
        .s("postalCode", p.postal())
        .s("state", p.state())
        .close();
  }
}
