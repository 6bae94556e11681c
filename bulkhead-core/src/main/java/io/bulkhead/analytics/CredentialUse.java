package io.bulkhead.analytics;

import io.bulkhead.event.Event;
import io.bulkhead.event.Outcome;
import io.bulkhead.event.Origin;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One use of one credential from one address, as {@link NewAddress} reads it from an event.
 *
 * @param key {@code type:value}, the form the credential ledger's identifiers column uses
 * @param type the identifier type ({@code cf_access_client_id}, {@code aws_access_key_id},
 *     {@code okta_api_token_id}, {@code github_token_id}, {@code atlassian_user}, {@code http_user})
 * @param ip the client address the vendor recorded
 * @param asn the client's autonomous system, when the log carries it
 * @param country the client's country code, when the log carries it
 * @param principal who the log says acted, when it says
 */
record CredentialUse(String key, String type, String ip, Long asn, String country, String principal, String logsource,
    Instant time, Origin origin) {

  private static final Set<String> ATLASSIAN = Set.of("jira-access", "confluence-access", "bitbucket-access", "atlassian-audit");

  /**
   * The credential uses an event shows: one per credential identifier it carries (a GitHub
   * token's hashed form is left out when its id is there: the same token; AWS temporary keys,
   * {@code ASIA...}, are left out: each session mints a new one, so none has a history), and the
   * actor's name
   * when it is a service account in an access log or an Atlassian audit record. An event
   * without time or address, or whose outcome is a failure (a refused attempt is not a use), shows
   * none.
   */
  static List<CredentialUse> of(Event e, NewAddressConfig config) {
    if (e.time() == null || e.client() == null || e.client().ip() == null || e.outcome() == Outcome.FAILURE) {
      return List.of();
    }
    List<CredentialUse> out = new ArrayList<>(2);
    String principal = e.actor() == null ? null : e.actor().name() != null ? e.actor().name() : e.actor().id();
    Map<String, String> ids = e.credential().ids();
    for (Map.Entry<String, String> id : ids.entrySet()) {
      if (id.getKey().equals("github_hashed_token") && ids.containsKey("github_token_id")) {
        continue;
      }
      if (isTemporaryAwsKey(id.getKey(), id.getValue())) {
        continue;
      }
      out.add(use(id.getKey(), id.getValue(), principal, e));
    }
    String type = ATLASSIAN.contains(e.logsource()) ? "atlassian_user" : e.logsource().equals("web-access") ? "http_user" : null;
    if (type != null && e.actor() != null && e.actor().name() != null) {
      String name = e.actor().name().toLowerCase(Locale.ROOT);
      if (config.serviceAccountName().matcher(name).find()) {
        out.add(use(type, name, principal, e));
      }
    }
    return out;
  }

  /** STS session keys start with ASIA, long-term IAM user keys with AKIA. */
  static boolean isTemporaryAwsKey(String type, String value) {
    return type.equals("aws_access_key_id") && value.startsWith("ASIA");
  }

  private static CredentialUse use(String type, String value, String principal, Event e) {
    return new CredentialUse(type + ":" + value, type, e.client().ip(), e.client().asn(), e.client().country(), principal,
        e.logsource(), e.time(), e.source());
  }
}
