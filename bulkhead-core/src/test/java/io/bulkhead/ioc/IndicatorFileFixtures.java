package io.bulkhead.ioc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The fixtures under {@code src/test/resources/ioc/}, read by name. */
final class IndicatorFileFixtures {
  /** The indicators every incident fixture holds, as {@code type value}. */
  static final List<String> INCIDENT = List.of(
      "ipv4 193.142.58.126",
      "ipv4 198.244.174.214",
      "domain idowall.com",
      "filename jvm-agent",
      "sha256 bdd1a085d651082ad567b03e5186d1d46d822bb7794157ab8cce95d850a3caaf");

  private IndicatorFileFixtures() {}

  static Path path(String name) {
    try {
      return Path.of(IndicatorFileFixtures.class.getResource("/ioc/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String text(String name) {
    try {
      return Files.readString(path(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fixture parsed under its own name, so origins and problems read {@code name:line}. */
  static IndicatorList parse(String name) {
    return IndicatorFile.parse(name, text(name));
  }

  /** {@code type value} of each indicator, in order. */
  static List<String> typed(IndicatorList list) {
    return list.indicators().stream().map(i -> i.type().wireName() + " " + i.value()).toList();
  }

  /** {@code line: reason} of each problem, in order. */
  static List<String> problems(IndicatorList list) {
    return list.problems().stream().map(p -> p.line() + ": " + p.reason()).toList();
  }
}
