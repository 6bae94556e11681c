package io.bulkhead.event;

/** What was acted on: type as the vendor names it, id and name. Null when nothing is known. */
public record Target(String type, String id, String name) {
  /** A target, or null when all parts are null or blank. */
  public static Target of(String type, String id, String name) {
    type = Text.blankToNull(type);
    id = Text.blankToNull(id);
    name = Text.blankToNull(name);
    return type == null && id == null && name == null ? null : new Target(type, id, name);
  }
}
