package io.bulkhead.creds;

import io.bulkhead.event.Origin;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One row of the credential ledger ({@code --credentials}).
 *
 * @param id the ledger's id
 * @param kind {@code service_token}, {@code service_account}, {@code api_key}, {@code oauth_client}, {@code user}
 * @param name what the owner calls it
 * @param system where it is used
 * @param owner who answers for it
 * @param privilege {@code admin}, {@code write}, {@code read} or free text
 * @param identifiers how it shows in logs
 * @param created when it was created, or null
 * @param lastRotated when its secret was last rotated, or null
 * @param status {@code active} or {@code revoked}
 * @param markedUnused what the owner believed
 * @param origin the ledger row
 */
public record Credential(String id, String kind, String name, String system, String owner, String privilege,
    List<Identifier> identifiers, Instant created, Instant lastRotated, String status, boolean markedUnused, Origin origin) {
  public Credential {
    Objects.requireNonNull(id, "id");
    identifiers = List.copyOf(identifiers);
  }

  /** Whether the privilege is more than read (admin, write, or anything not plainly "read"). */
  public boolean privileged() {
    return privilege != null && !privilege.isBlank() && !privilege.strip().equalsIgnoreCase("read");
  }
}
