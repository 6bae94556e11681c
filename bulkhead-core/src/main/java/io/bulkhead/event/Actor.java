package io.bulkhead.event;

/**
 * Who acted: the vendor's id for the principal, its human-readable name (login, e-mail, ARN) and
 * its kind as the vendor states it ({@code User}, {@code IAMUser}, {@code ApplicationUser}, ...).
 * Any part may be null; an actor with no part is represented by a null {@code Actor}.
 */
public record Actor(String id, String name, String type) {
  /** An actor, or null when all parts are null or blank. */
  public static Actor of(String id, String name, String type) {
    id = Text.blankToNull(id);
    name = Text.blankToNull(name);
    type = Text.blankToNull(type);
    return id == null && name == null && type == null ? null : new Actor(id, name, type);
  }
}
