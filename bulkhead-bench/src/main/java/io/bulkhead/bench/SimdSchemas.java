package io.bulkhead.bench;

import org.simdjson.annotations.JsonFieldName;

/**
 * Records simdjson-java's schema-based parser fills directly from the bytes, skipping every field
 * they do not name: the fields Bulkhead's Okta and CloudTrail normalisers read. Public because the
 * parser creates them reflectively.
 */
public final class SimdSchemas {
  private SimdSchemas() {}

  /** A parsed record flattened in {@link FieldSet}'s path order, for comparison across parsers. */
  public interface Fields {
    String[] fields();
  }

  public record Okta(String published, String eventType, Outcome outcome, Actor actor, Client client,
      SecurityContext securityContext, AuthenticationContext authenticationContext, Transaction transaction)
      implements Fields {
    @Override
    public String[] fields() {
      return new String[] {
        published, eventType, outcome == null ? null : outcome.result(),
        actor == null ? null : actor.id(), actor == null ? null : actor.alternateId(), actor == null ? null : actor.type(),
        client == null ? null : client.ipAddress(),
        client == null || client.userAgent() == null ? null : client.userAgent().rawUserAgent(),
        client == null || client.geographicalContext() == null ? null : client.geographicalContext().country(),
        securityContext == null || securityContext.asNumber() == null ? null : securityContext.asNumber().toString(),
        authenticationContext == null ? null : authenticationContext.externalSessionId(),
        transaction == null || transaction.detail() == null ? null : transaction.detail().requestApiTokenId()
      };
    }
  }

  public record Outcome(String result) {}

  public record Actor(String id, String alternateId, String type) {}

  public record Client(String ipAddress, UserAgent userAgent, Geo geographicalContext) {}

  public record UserAgent(String rawUserAgent) {}

  public record Geo(String country) {}

  public record SecurityContext(Long asNumber) {}

  public record AuthenticationContext(String externalSessionId) {}

  public record Transaction(Detail detail) {}

  public record Detail(String requestApiTokenId) {}

  public record CloudTrail(String eventTime, String eventName, String errorCode, ResponseElements responseElements,
      UserIdentity userIdentity, String sourceIPAddress, String userAgent) implements Fields {
    @Override
    public String[] fields() {
      UserIdentity u = userIdentity;
      return new String[] {
        eventTime, eventName, errorCode, responseElements == null ? null : responseElements.consoleLogin(),
        u == null ? null : u.principalId(), u == null ? null : u.userName(), u == null ? null : u.arn(),
        u == null ? null : u.type(), u == null ? null : u.accessKeyId(), sourceIPAddress, userAgent
      };
    }
  }

  public record ResponseElements(@JsonFieldName("ConsoleLogin") String consoleLogin) {}

  public record UserIdentity(String principalId, String userName, String arn, String type, String accessKeyId) {}
}
