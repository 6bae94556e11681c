package io.bulkhead.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;

/**
 * One normalised log record.
 *
 * @param time when it happened, or null when the record carries no time
 * @param logsource the reader's format name ({@code okta}, {@code cloudtrail}, ...)
 * @param action the vendor's event name (Okta {@code eventType}, CloudTrail {@code eventName},
 *     Atlassian {@code actionI18nKey}, for request logs the HTTP method)
 * @param outcome whether the action succeeded
 * @param actor who acted, or null
 * @param credential credential identifiers seen on the record, never null
 * @param target what was acted on, or null
 * @param client where the request came from, or null
 * @param session the vendor's session key (Okta external session id, Jira ASESSIONID, ...), or null
 * @param http the HTTP exchange for request logs, or null
 * @param source where the record was read
 * @param raw the vendor document as read (JSON), or the parsed fields of a text line
 */
public record Event(
    Instant time,
    String logsource,
    String action,
    Outcome outcome,
    Actor actor,
    Credentials credential,
    Target target,
    Client client,
    String session,
    Http http,
    Origin source,
    JsonNode raw) {

  public Event {
    Objects.requireNonNull(logsource, "logsource");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(raw, "raw");
    session = Text.blankToNull(session);
    action = Text.blankToNull(action);
  }

  /** A builder for readers; not thread-safe, use one per record. */
  public static Builder builder(String logsource, Origin source, JsonNode raw) {
    return new Builder(logsource, source, raw);
  }

  /** Collects an event's parts; unknown parts stay null. */
  public static final class Builder {
    private final String logsource;
    private final Origin source;
    private final JsonNode raw;
    private Instant time;
    private String action;
    private Outcome outcome = Outcome.UNKNOWN;
    private Actor actor;
    private Credentials credential = Credentials.none();
    private Target target;
    private Client client;
    private String session;
    private Http http;

    private Builder(String logsource, Origin source, JsonNode raw) {
      this.logsource = logsource;
      this.source = source;
      this.raw = raw;
    }

    public Builder time(Instant v) { this.time = v; return this; }
    public Builder action(String v) { this.action = v; return this; }
    public Builder outcome(Outcome v) { this.outcome = v; return this; }
    public Builder actor(Actor v) { this.actor = v; return this; }
    public Builder credential(Credentials v) { this.credential = v; return this; }
    public Builder target(Target v) { this.target = v; return this; }
    public Builder client(Client v) { this.client = v; return this; }
    public Builder session(String v) { this.session = v; return this; }
    public Builder http(Http v) { this.http = v; return this; }

    public Event build() {
      return new Event(time, logsource, action, outcome, actor, credential, target, client,
          session, http, source, raw);
    }
  }
}
