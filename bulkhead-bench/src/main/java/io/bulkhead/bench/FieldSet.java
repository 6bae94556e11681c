package io.bulkhead.bench;

import java.util.List;

/**
 * The fields each parser under test extracts: those Bulkhead's normaliser of the format reads for
 * an event (time, action, outcome, actor, credential, client, session), so that every parser does
 * the work the reader needs and no more.
 */
enum FieldSet {
  OKTA(BenchFormat.OKTA, SimdSchemas.Okta.class, List.of(
      "published", "eventType", "outcome.result", "actor.id", "actor.alternateId", "actor.type",
      "client.ipAddress", "client.userAgent.rawUserAgent", "client.geographicalContext.country",
      "securityContext.asNumber", "authenticationContext.externalSessionId",
      "transaction.detail.requestApiTokenId")),
  CLOUDTRAIL(BenchFormat.CLOUDTRAIL, SimdSchemas.CloudTrail.class, List.of(
      "eventTime", "eventName", "errorCode", "responseElements.ConsoleLogin", "userIdentity.principalId",
      "userIdentity.userName", "userIdentity.arn", "userIdentity.type", "userIdentity.accessKeyId",
      "sourceIPAddress", "userAgent"));

  private final BenchFormat format;
  private final Class<? extends SimdSchemas.Fields> schema;
  private final List<String> paths;

  FieldSet(BenchFormat format, Class<? extends SimdSchemas.Fields> schema, List<String> paths) {
    this.format = format;
    this.schema = schema;
    this.paths = paths;
  }

  BenchFormat format() {
    return format;
  }

  /** The record simdjson-java's schema-based parser fills; it flattens to {@link #paths()}. */
  Class<? extends SimdSchemas.Fields> schema() {
    return schema;
  }

  List<String> paths() {
    return paths;
  }

  static FieldSet of(String formatName) {
    BenchFormat f = BenchFormat.byName(formatName);
    for (FieldSet s : values()) {
      if (s.format == f) {
        return s;
      }
    }
    throw new IllegalArgumentException("no field set for " + formatName);
  }
}
