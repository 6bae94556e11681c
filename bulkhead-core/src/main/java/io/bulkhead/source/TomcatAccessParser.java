package io.bulkhead.source;

import io.bulkhead.event.Event;
import io.bulkhead.event.Origin;

/**
 * Jira and Confluence Data Center access logs, written by Tomcat's {@code AccessLogValve} with a
 * site-configurable pattern ({@code --tomcat-pattern FORMAT=PATTERN}). Fields are named as in
 * {@link TomcatPattern}; the event takes its action from the method, its outcome from the status,
 * its actor from the username, its session from Jira's ASESSIONID.
 */
final class TomcatAccessParser implements LineParser {
  static final String JIRA_PATTERN = "%a %{jira.request.id}r %{jira.request.username}r %t"
      + " \"%m %U%q %H\" %s %b %D \"%{Referer}i\" \"%{User-Agent}i\" \"%{jira.request.assession.id}r\"";
  static final String CONFLUENCE_PATTERN =
      "%t %{X-AUSERNAME}o %I %h %r %s %Dms %b %{Referer}i %{User-Agent}i";

  private final LogFormat format;
  private final TomcatPattern pattern;
  /** Jira only: the pattern without its leading {@code %a}, for logs of older Jira versions. */
  private final TomcatPattern withoutIp;

  /**
   * @param format {@code JIRA_ACCESS} or {@code CONFLUENCE_ACCESS}
   * @param pattern the site's pattern, or null for the product's default
   * @throws IllegalArgumentException for another format or an unsupported pattern
   */
  TomcatAccessParser(LogFormat format, String pattern) {
    String fallback = defaultPattern(format); // also rejects a format that is not Tomcat's
    this.format = format;
    this.pattern = TomcatPattern.compile(pattern == null ? fallback : pattern);
    String p = this.pattern.pattern();
    this.withoutIp = format == LogFormat.JIRA_ACCESS && p.startsWith("%a ") && p.length() > 3
        ? TomcatPattern.compile(p.substring(3))
        : null;
  }

  /** The pattern the product ships with. */
  static String defaultPattern(LogFormat format) {
    return switch (format) {
      case JIRA_ACCESS -> JIRA_PATTERN;
      case CONFLUENCE_ACCESS -> CONFLUENCE_PATTERN;
      default -> throw new IllegalArgumentException(
          format + " is not a Tomcat access log; use jira-access or confluence-access");
    };
  }

  @Override
  public LogFormat format() {
    return format;
  }

  @Override
  public Event parse(String line, Origin origin, ReadContext ctx) throws BadRecord {
    TomcatPattern.Line l;
    try {
      l = pattern.parse(line, ctx.zone());
    } catch (BadRecord e) {
      if (withoutIp == null) {
        throw e;
      }
      try {
        l = withoutIp.parse(line, ctx.zone());
      } catch (BadRecord ignored) {
        throw e; // the configured pattern's reason is the one the user can act on
      }
    }
    return AccessFields.event(format, origin, l.raw(), l.time()).build();
  }

  @Override
  public String toString() {
    return format + " " + pattern;
  }
}
