package io.bulkhead.scenario.score;

/** One check of a findings document against the key: its name, whether it passed, and why. */
public record Check(String name, boolean passed, String detail) {
  /** {@code PASS name: detail} or {@code FAIL name: detail}. */
  public String line() {
    return (passed ? "PASS " : "FAIL ") + name + ": " + detail;
  }
}
