package io.bulkhead.scenario;

import java.util.List;

/**
 * One row of the credential ledger ({@code inputs/credentials.csv}). {@code identifiers} are
 * {@code type:value} pairs telling how the credential shows in logs; {@code exposed} says whether
 * the Okta breach of 2023-10-18 put it at risk.
 */
record Credential(
    String id,
    String kind,
    String name,
    String system,
    String owner,
    String privilege,
    List<String> identifiers,
    long created,
    long lastRotated,
    String status,
    boolean markedUnused,
    boolean exposed) {

  /** The value of the first identifier of this type, or null. */
  String identifier(String type) {
    for (String i : identifiers) {
      if (i.startsWith(type + ":")) {
        return i.substring(type.length() + 1);
      }
    }
    return null;
  }
}
