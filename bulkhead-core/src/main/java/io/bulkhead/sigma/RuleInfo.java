package io.bulkhead.sigma;

import io.bulkhead.sigma.model.Level;
import io.bulkhead.sigma.model.Logsource;
import java.util.List;
import java.util.Objects;

/**
 * What a rule says about itself, and where it was read.
 *
 * @param kind detection, correlation or filter
 * @param id the {@code id}, or null
 * @param name the {@code name} (what correlations may refer to), or null
 * @param title the {@code title}
 * @param level the {@code level}, or null
 * @param status the {@code status}, or null
 * @param tags the {@code tags}, possibly empty
 * @param logsource the {@code logsource}; for a correlation, empty
 * @param taxonomy the {@code taxonomy} ({@code sigma} when not given)
 * @param file the rule file as the user named it
 * @param line the 1-based line where the rule's document starts
 */
public record RuleInfo(
    RuleKind kind,
    String id,
    String name,
    String title,
    Level level,
    String status,
    List<String> tags,
    Logsource logsource,
    String taxonomy,
    String file,
    int line) {

  public RuleInfo {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    tags = List.copyOf(tags);
    Objects.requireNonNull(logsource, "logsource");
    Objects.requireNonNull(taxonomy, "taxonomy");
    Objects.requireNonNull(file, "file");
  }

  /** The id, else the name, else {@code file:line}: how messages and summaries name the rule. */
  public String key() {
    return id != null ? id : name != null ? name : file + ":" + line;
  }

  /** {@code file:line}. */
  public String location() {
    return file + ":" + line;
  }
}
