package io.bulkhead.cli;

/** A problem with what the user asked for, reported in one line with exit code 2. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
