package io.bulkhead.sigma.model;

import java.util.List;
import java.util.Objects;

/**
 * A field as a rule names it, and the dotted paths on the raw document it is read from. A field
 * mapping can give several paths (tried together: the field's values are those found under any
 * of them); without a mapping the only path is the name itself, split at dots.
 *
 * @param name the field name as written in the rule, e.g. {@code actor.alternateId}
 * @param paths the alternative paths, each a list of object keys
 */
public record FieldRef(String name, List<List<String>> paths) {
  public FieldRef {
    Objects.requireNonNull(name, "name");
    paths = paths.stream().map(List::copyOf).toList();
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("a field needs at least one path: " + name);
    }
  }

  /** The field read from the one path its name spells. */
  public static FieldRef of(String name) {
    return new FieldRef(name, List.of(split(name)));
  }

  /** {@code a.b.c} as {@code [a, b, c]}; a name without dots is one key. */
  public static List<String> split(String dotted) {
    return List.of(dotted.split("\\.", -1));
  }

  @Override
  public String toString() {
    return name;
  }
}
