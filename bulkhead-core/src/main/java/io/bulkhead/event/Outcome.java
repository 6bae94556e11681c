package io.bulkhead.event;

/** Whether the action the event records succeeded. Audit logs that only record changes say success. */
public enum Outcome {
  SUCCESS,
  FAILURE,
  UNKNOWN;

  /** The lower-case name written in JSON output. */
  public String wireName() {
    return switch (this) {
      case SUCCESS -> "success";
      case FAILURE -> "failure";
      case UNKNOWN -> "unknown";
    };
  }
}
