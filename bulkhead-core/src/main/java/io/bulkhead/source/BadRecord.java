package io.bulkhead.source;

/**
 * A record that cannot be read, with the reason given to the user. Thrown on the decode path for
 * every malformed record, so it carries no stack trace.
 */
final class BadRecord extends Exception {
  private static final long serialVersionUID = 1L;

  BadRecord(String reason) {
    super(reason, null, false, false);
  }
}
