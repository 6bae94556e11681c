package io.bulkhead.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A scenario the generator knows how to write.
 *
 * @since 0.1.0
 */
public enum Preset {
  /** The Cloudflare intrusion found on Thanksgiving 2023, in an organisation going about November 2023. */
  THANKSGIVING_2023("thanksgiving-2023");

  private final String wireName;

  Preset(String wireName) {
    this.wireName = wireName;
  }

  /** The name the command line uses. */
  public String wireName() {
    return wireName;
  }

  /** The preset of this name (case-insensitive), if any. */
  public static Optional<Preset> byName(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(p -> p.wireName.equals(n)).findFirst();
  }

  /** Every name, comma-separated, for messages. */
  public static String names() {
    return Arrays.stream(values()).map(Preset::wireName).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
