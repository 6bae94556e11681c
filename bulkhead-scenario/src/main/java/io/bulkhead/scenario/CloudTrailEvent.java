package io.bulkhead.scenario;

import io.bulkhead.event.Origin;
import java.io.IOException;

/**
 * A CloudTrail record, in the field order CloudTrail writes: version, identity, time (ISO-8601
 * seconds with {@code Z}), source, name, region, caller address and agent, error, request and
 * response, ids, flags, category, TLS details.
 */
final class CloudTrailEvent extends Ev {
  final String account;
  final String region;
  String eventSource;
  String eventName;
  /** The caller: {@code IAMUser}, {@code AssumedRole}, {@code AWSService}, {@code SAMLUser}. */
  String idType = "IAMUser";
  String principalId;
  String arn;
  String accessKeyId;
  String userName;
  /** For assumed roles: the role that issued the session. */
  String issuerRole;
  boolean mfa;
  String invokedBy;
  String sourceIp;
  String ua;
  String errorCode;
  String errorMessage;
  String requestParameters = "null";
  String responseElements = "null";
  String additionalEventData;
  boolean readOnly = true;
  String eventType = "AwsApiCall";
  /** A watched credential this call shows in use, or null. */
  String watch;
  Step step;

  CloudTrailEvent(long t, String account, String region) {
    super(t);
    this.account = account;
    this.region = region;
  }

  CloudTrailEvent call(String service, String name, boolean readOnly) {
    this.eventSource = service + ".amazonaws.com";
    this.eventName = name;
    this.readOnly = readOnly;
    return this;
  }

  @Override
  boolean planted() {
    return step != null;
  }

  @Override
  void emit(DayRun run) throws IOException {
    Rng rng = ((CloudTrailSource) run.source).rng;
    Buf b = run.buf();
    b.open().s("eventVersion", "1.09").obj("userIdentity").s("type", idType);
    if (!idType.equals("AWSService")) {
      b.s("principalId", principalId);
      if (arn != null) {
        b.s("arn", arn);
      }
      b.s("accountId", account);
      if (accessKeyId != null) {
        b.s("accessKeyId", accessKeyId);
      }
      if (userName != null) {
        b.s("userName", userName);
      }
      if (issuerRole != null) {
        b.obj("sessionContext").obj("sessionIssuer").s("type", "Role").s("principalId", principalId.split(":")[0])
            .s("arn", "arn:aws:iam::" + account + ":role/" + issuerRole).s("accountId", account).s("userName", issuerRole).close()
            .obj("webIdFederationData").close().obj("attributes").key("creationDate");
        TimeText.isoSeconds(b.ch('"'), t - 60_000L * (1 + (t / 1000) % 50)).ch('"');
        b.s("mfaAuthenticated", mfa ? "true" : "false").close().close();
      }
    } else {
      b.s("invokedBy", invokedBy);
    }
    b.close().key("eventTime");
    TimeText.isoSeconds(b.ch('"'), t).ch('"');
    b.s("eventSource", eventSource).s("eventName", eventName).s("awsRegion", region).s("sourceIPAddress", sourceIp)
        .s("userAgent", ua);
    if (errorCode != null) {
      b.s("errorCode", errorCode).s("errorMessage", errorMessage);
    }
    b.raw("requestParameters", requestParameters).raw("responseElements", responseElements);
    if (additionalEventData != null) {
      b.raw("additionalEventData", additionalEventData);
    }
    b.s("requestID", rng.uuid()).s("eventID", rng.uuid()).b("readOnly", readOnly).s("eventType", eventType)
        .b("managementEvent", true).s("recipientAccountId", account).s("eventCategory", "Management");
    if (!idType.equals("AWSService")) {
      String host = eventSource.equals("signin.amazonaws.com") ? region + ".signin.aws.amazon.com"
          : eventSource.replace(".amazonaws.com", "") + "." + region + ".amazonaws.com";
      b.obj("tlsDetails").s("tlsVersion", "TLSv1.3").s("cipherSuite", "TLS_AES_128_GCM_SHA256")
          .s("clientProvidedHostHeader", host).close();
    }
    b.close();
    Origin o = run.sink(account + "/" + region).write(t, b, planted());
    if (watch != null) {
      run.used(watch, TimeText.seconds(t), o);
    }
    if (step != null) {
      step.wrote(o, TimeText.seconds(t));
    }
  }

  /** An IAM user calling with a long-term key. */
  static CloudTrailEvent iamUser(long t, String account, String region, String user, String key) {
    CloudTrailEvent e = new CloudTrailEvent(t, account, region);
    e.principalId = "AIDA" + Rng.of(user.hashCode(), "aida").upperAlnum(17);
    e.arn = "arn:aws:iam::" + account + ":user/" + user;
    e.accessKeyId = key;
    e.userName = user;
    return e;
  }
}
