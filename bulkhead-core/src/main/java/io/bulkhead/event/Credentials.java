package io.bulkhead.event;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The credential identifiers an event carries, by type: {@code cf_access_client_id},
 * {@code okta_api_token_id}, {@code aws_access_key_id}, {@code github_token_id},
 * {@code github_hashed_token}. The types are the ones the credential ledger's {@code identifiers}
 * column uses, so that a use in a log joins a row of the ledger. Never null; possibly empty.
 */
public record Credentials(Map<String, String> ids) {
  public static final String CF_ACCESS_CLIENT_ID = "cf_access_client_id";
  public static final String OKTA_API_TOKEN_ID = "okta_api_token_id";
  public static final String AWS_ACCESS_KEY_ID = "aws_access_key_id";
  public static final String GITHUB_TOKEN_ID = "github_token_id";
  public static final String GITHUB_HASHED_TOKEN = "github_hashed_token";

  private static final Credentials NONE = new Credentials(Map.of());

  public Credentials {
    ids = Collections.unmodifiableMap(new TreeMap<>(ids));
  }

  public static Credentials none() {
    return NONE;
  }

  /** Credentials from alternating type/value pairs; pairs with a blank value are left out. */
  public static Credentials of(String... typeValuePairs) {
    if (typeValuePairs.length % 2 != 0) {
      throw new IllegalArgumentException("type/value pairs expected");
    }
    TreeMap<String, String> m = new TreeMap<>();
    for (int i = 0; i < typeValuePairs.length; i += 2) {
      String v = Text.blankToNull(typeValuePairs[i + 1]);
      if (v != null) {
        m.put(typeValuePairs[i], v);
      }
    }
    return m.isEmpty() ? NONE : new Credentials(m);
  }

  public boolean isEmpty() {
    return ids.isEmpty();
  }

  public String get(String type) {
    return ids.get(type);
  }
}
