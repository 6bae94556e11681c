package io.bulkhead.bench;

import java.util.Arrays;

/**
 * Okta System Log {@code LogEvent}s shaped like {@code /api/v1/logs} returns them (keys in the
 * order of the vendor samples): logins that succeed and fail, MFA verifications and pushes, SSO to
 * downstream apps, session ends, with full nested actor, client, authentication, security and
 * transaction objects. A few percent come from a foreign address or carry an API token id, as an
 * intrusion would.
 */
final class OktaRecords implements RecordWriter {
  /** 2025-03-01T00:00:00Z: a fixed origin keeps files identical from run to run. */
  private static final long START_MILLIS = 1_740_787_200_000L;
  private static final int USERS = 2_000;

  /** One kind of event: type, legacy type, message, result, reason, severity and weight. */
  private record Kind(String type, String legacy, String message, String result, String reason,
      String severity, int weight) {}

  private static final Kind[] KINDS = {
    new Kind("user.session.start", "core.user_auth.login_success", "User login to Okta", "SUCCESS", null, "INFO", 38),
    new Kind("user.session.start", "core.user_auth.login_failed", "User login to Okta", "FAILURE", "INVALID_CREDENTIALS", "WARN", 12),
    new Kind("user.authentication.auth_via_mfa", "core.user.factor.attempt_success", "Authentication of user via MFA", "SUCCESS", null, "INFO", 13),
    new Kind("user.authentication.auth_via_mfa", "core.user.factor.attempt_fail", "Authentication of user via MFA", "FAILURE", "INVALID_CREDENTIALS", "WARN", 2),
    new Kind("system.push.send_factor_verify_push", null, "Push notification sent for verification", "SUCCESS", null, "INFO", 8),
    new Kind("user.mfa.okta_verify.deny_push", null, "User rejected Okta push verify", "FAILURE", "USER_REJECTED_OKTA_VERIFY_PUSH", "WARN", 2),
    new Kind("user.authentication.sso", "app.auth.sso", "User single sign on to app", "SUCCESS", null, "INFO", 17),
    new Kind("policy.evaluate_sign_on", null, "Evaluation of sign-on policy", "ALLOW", null, "INFO", 3),
    new Kind("user.session.end", "core.user_auth.logout_success", "User logout from Okta", "SUCCESS", null, "INFO", 5)
  };
  private static final int TOTAL_WEIGHT = Arrays.stream(KINDS).mapToInt(Kind::weight).sum();

  private static final String[][] APPS = {
    {"0oa1confluence00000x7", "Atlassian Confluence"}, {"0oa1jira000000000x7", "Atlassian Jira"},
    {"0oa1bitbucket00000x7", "Atlassian Bitbucket"}, {"0oa1aws00000000000x7", "AWS IAM Identity Center"},
    {"0oa1cloudflare0000x7", "Cloudflare Access"}, {"0oa1github0000000x7", "GitHub Enterprise Cloud"}
  };
  private static final String[][] NETWORKS = {
    {"7922", "comcast", "comcast.net"}, {"3320", "deutsche telekom ag", "t-ipconnect.de"},
    {"16509", "amazon.com inc.", "amazonaws.com"}, {"9009", "m247 europe srl", "m247.com"},
    {"4766", "korea telecom", "kt.co.kr"}, {"701", "verizon business", "verizon.net"}
  };

  /** A user's stable identity and home: most of their events come from there. */
  private record User(String id, String login, String name, Fake.City home, String homeIp, String[] net) {}

  private final Fake fake;
  private final User[] users;
  private long millis = START_MILLIS;

  OktaRecords(long seed) {
    this.fake = new Fake(seed);
    this.users = new User[USERS];
    for (int i = 0; i < USERS; i++) {
      String login = fake.login();
      users[i] = new User(fake.alnum("00u", 17), login + "@example.com", login.replace('.', ' '),
          fake.city(), fake.ipv4(), fake.pick(NETWORKS));
    }
  }

  @Override
  public void write(JsonOut out, long n) {
    millis += fake.nextInt(120);
    User u = users[fake.nextInt(USERS)];
    Kind k = kind();
    boolean away = fake.chance(4);
    Fake.City city = away ? fake.city() : u.home();
    String ip = away ? fake.ipv4() : u.homeIp();
    String requestId = fake.alnum("", 27);
    out.beginObject();
    actor(out, u);
    authenticationContext(out, k);
    client(out, city, ip);
    debugContext(out, requestId, k);
    out.string("displayMessage", k.message())
        .string("eventType", k.type())
        .string("legacyEventType", k.legacy());
    out.beginObject("outcome").string("reason", k.reason()).string("result", k.result()).endObject();
    out.isoTime("published", millis, true);
    out.beginObject("request").beginArray("ipChain").beginObject();
    geo(out, city);
    out.string("ip", ip).nullValue("source").string("version", "V4").endObject().endArray().endObject();
    securityContext(out, away ? fake.pick(NETWORKS) : u.net());
    out.string("severity", k.severity());
    target(out, k, u);
    transaction(out, requestId);
    out.string("uuid", fake.uuid()).string("version", "0").endObject();
  }

  private Kind kind() {
    int w = fake.nextInt(TOTAL_WEIGHT);
    for (Kind k : KINDS) {
      w -= k.weight();
      if (w < 0) {
        return k;
      }
    }
    return KINDS[0];
  }

  private void actor(JsonOut out, User u) {
    out.beginObject("actor")
        .string("alternateId", u.login())
        .nullValue("detailEntry")
        .string("displayName", u.name())
        .string("id", u.id())
        .string("type", "User")
        .endObject();
  }

  private void authenticationContext(JsonOut out, Kind k) {
    boolean mfa = k.type().contains("mfa") || k.type().contains("push");
    out.beginObject("authenticationContext")
        .string("authenticationProvider", mfa ? "FACTOR_PROVIDER" : null)
        .number("authenticationStep", 0)
        .string("credentialProvider", mfa ? "OKTA_CREDENTIAL_PROVIDER" : null)
        .string("credentialType", mfa ? "OTP" : k.type().equals("user.session.start") ? "PASSWORD" : null)
        .string("externalSessionId", fake.alnum("102", 22))
        .nullValue("interface")
        .nullValue("issuer")
        .endObject();
  }

  private void client(JsonOut out, Fake.City city, String ip) {
    String ua = fake.userAgent();
    boolean mobile = ua.contains("iPhone") || ua.startsWith("Okta Verify");
    out.beginObject("client").string("device", mobile ? "Mobile" : "Computer");
    geo(out, city);
    out.nullValue("id").string("ipAddress", ip);
    out.beginObject("userAgent")
        .string("browser", ua.contains("Firefox") ? "FIREFOX" : ua.contains("Chrome") ? "CHROME" : "SAFARI")
        .string("os", mobile ? "iOS" : ua.contains("Windows") ? "Windows 10" : ua.contains("Linux") ? "Linux" : "Mac OS X")
        .string("rawUserAgent", ua)
        .endObject();
    out.string("zone", "null").endObject();
  }

  private static void geo(JsonOut out, Fake.City c) {
    out.beginObject("geographicalContext")
        .string("city", c.city())
        .string("country", c.country())
        .beginObject("geolocation").decimal("lat", c.lat(), 4).decimal("lon", c.lon(), 4).endObject()
        .string("postalCode", c.postalCode())
        .string("state", c.state())
        .endObject();
  }

  private void debugContext(JsonOut out, String requestId, Kind k) {
    boolean login = k.type().equals("user.session.start");
    out.beginObject("debugContext").beginObject("debugData");
    if (login) {
      out.string("behaviors", "{New Geo-Location=NEGATIVE, New Device=" + (fake.chance(10) ? "POSITIVE" : "NEGATIVE")
          + ", New IP=NEGATIVE, New State=NEGATIVE, New Country=NEGATIVE, Velocity=NEGATIVE, New City=NEGATIVE}");
      out.string("deviceFingerprint", fake.hex(32));
      out.string("dtHash", fake.hex(64));
    }
    out.string("requestId", requestId)
        .string("requestUri", login ? "/idp/idx/identify" : "/idp/idx/challenge/answer")
        .string("risk", "{level=" + (fake.chance(5) ? "HIGH" : "LOW") + "}")
        .string("threatSuspected", "false")
        .string("url", login ? "/idp/idx/identify?" : "/idp/idx/challenge/answer?")
        .endObject().endObject();
  }

  private void securityContext(JsonOut out, String[] net) {
    out.beginObject("securityContext")
        .number("asNumber", Long.parseLong(net[0]))
        .string("asOrg", net[1])
        .string("domain", net[2])
        .bool("isProxy", false)
        .string("isp", net[1])
        .endObject();
  }

  private void target(JsonOut out, Kind k, User u) {
    if (k.type().equals("user.authentication.sso")) {
      String[] app = fake.pick(APPS);
      out.beginArray("target").beginObject()
          .string("alternateId", app[1]).nullValue("detailEntry").string("displayName", app[1])
          .string("id", app[0]).string("type", "AppInstance").endObject().endArray();
    } else if (k.type().contains("mfa") || k.type().contains("push")) {
      out.beginArray("target").beginObject()
          .string("alternateId", u.login()).nullValue("detailEntry").string("displayName", u.name())
          .string("id", u.id()).string("type", "User").endObject()
          .beginObject().string("alternateId", "unknown").beginObject("detailEntry")
          .string("methodTypeUsed", "Okta Verify").string("methodUsedVerifiedProperties", "[POSSESSION, USER_PRESENCE]")
          .endObject().string("displayName", "Okta Verify").string("id", fake.alnum("pfd", 17))
          .string("type", "AuthenticatorEnrollment").endObject().endArray();
    } else {
      out.nullValue("target");
    }
  }

  private void transaction(JsonOut out, String requestId) {
    out.beginObject("transaction");
    if (fake.chance(3)) {
      out.beginObject("detail").string("requestApiTokenId", fake.alnum("00T", 17)).endObject();
    } else {
      out.emptyObject("detail");
    }
    out.string("id", requestId).string("type", "WEB").endObject();
  }
}
