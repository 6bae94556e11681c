package io.bulkhead.ioc;

import java.util.List;
import java.util.Objects;

/**
 * What one indicator file held: its indicators, deduplicated on (type, value) and in file order,
 * and the problems met on the way.
 *
 * @param format the format recognised: {@code text}, {@code csv}, {@code markdown}, {@code stix},
 *     {@code misp}, {@code loki-hash}, {@code loki-filename}, {@code loki-c2}; or {@code json} for
 *     JSON that is neither a STIX bundle nor a MISP event (then only a problem says so)
 * @param indicators the indicators, each once
 * @param problems the lines that gave no indicator, and why
 */
public record IndicatorList(String format, List<Indicator> indicators, List<IndicatorProblem> problems) {

  public IndicatorList {
    Objects.requireNonNull(format, "format");
    indicators = List.copyOf(indicators);
    problems = List.copyOf(problems);
  }
}
