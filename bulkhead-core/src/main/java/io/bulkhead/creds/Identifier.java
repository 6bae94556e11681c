package io.bulkhead.creds;

import java.util.Locale;
import java.util.Set;

/**
 * How a credential shows in logs: {@code type:value} from the ledger's {@code identifiers} column
 * ({@code aws_access_key_id:AKIA...}, {@code atlassian_user:svc-smartsheet}).
 *
 * @param type the identifier type, lower case
 * @param value the value as the ledger gives it
 */
public record Identifier(String type, String value) {
  /** Account names: they stay the same when the secret is rotated. */
  private static final Set<String> ACCOUNTS = Set.of("atlassian_user", "okta_user", "aws_iam_user", "github_user");

  public Identifier {
    type = type.strip().toLowerCase(Locale.ROOT);
    value = value.strip();
  }

  /**
   * Whether the identifier names one secret, so that it changes when the secret is rotated (key
   * and token ids): a use of it after the rotation is a use of the old secret. An account name
   * does not, and cannot prove that.
   */
  public boolean rotates() {
    return !ACCOUNTS.contains(type);
  }

  /** Whether the value is compared ignoring case (account names and e-mail addresses). */
  boolean caseless() {
    return ACCOUNTS.contains(type);
  }

  /** The key the auditor indexes the identifier by. */
  String key() {
    return type + "\u0000" + (caseless() ? value.toLowerCase(Locale.ROOT) : value);
  }
}
