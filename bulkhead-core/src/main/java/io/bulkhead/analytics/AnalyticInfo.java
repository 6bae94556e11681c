package io.bulkhead.analytics;

import io.bulkhead.sigma.RuleInfo;
import io.bulkhead.sigma.RuleKind;
import io.bulkhead.sigma.model.Level;
import io.bulkhead.sigma.model.Logsource;
import java.util.List;
import java.util.Objects;

/**
 * What an analytic says about itself, as a Sigma rule would: a stable UUID, a short name, a
 * title, a default level and ATT&CK tags.
 *
 * @param id a version-4 UUID that never changes, so alerts can be suppressed or joined by id
 * @param name a short kebab-case name ({@code credential-new-address})
 * @param title what an alert means, in a line
 * @param level the default level of its alerts (an alert may carry another, see {@link Alert#level()})
 * @param tags ATT&CK tags, Sigma style ({@code attack.t1078})
 */
public record AnalyticInfo(String id, String name, String title, Level level, List<String> tags) {
  public AnalyticInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(level, "level");
    tags = List.copyOf(tags);
  }

  /**
   * The analytic as the rule of a Sigma match, so hunt writers, selections ({@code --level},
   * {@code --tags}) and summaries treat it like any rule. {@code kind} is the kind the caller
   * gives analytics ({@code RuleKind.ANALYTIC} once the detection package has it); the file is
   * {@code builtin:<name>}, status {@code stable}, taxonomy {@code bulkhead}.
   */
  public RuleInfo asRuleInfo(RuleKind kind) {
    return new RuleInfo(kind, id, name, title, level, "stable", tags, new Logsource(null, null, null), "bulkhead",
        "builtin:" + name, 1);
  }
}
