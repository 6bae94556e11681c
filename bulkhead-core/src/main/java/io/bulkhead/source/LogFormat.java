package io.bulkhead.source;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The log formats Bulkhead reads, by the names the command line uses ({@code --format-of}). */
public enum LogFormat {
  OKTA("okta", true),
  ATLASSIAN_AUDIT("atlassian-audit", true),
  JIRA_ACCESS("jira-access", false),
  CONFLUENCE_ACCESS("confluence-access", false),
  BITBUCKET_ACCESS("bitbucket-access", false),
  CLOUDFLARE_ACCESS_REQUESTS("cloudflare-access-requests", true),
  CLOUDFLARE_HTTP_REQUESTS("cloudflare-http-requests", true),
  CLOUDFLARE_GATEWAY_HTTP("cloudflare-gateway-http", true),
  CLOUDFLARE_GATEWAY_NETWORK("cloudflare-gateway-network", true),
  CLOUDFLARE_AUDIT("cloudflare-audit", true),
  CLOUDFLARE_FIREWALL("cloudflare-firewall", true),
  CLOUDTRAIL("cloudtrail", true),
  GITHUB_AUDIT("github-audit", true),
  WEB_ACCESS("web-access", false),
  JSON("json", true);

  private final String wireName;
  private final boolean json;

  LogFormat(String wireName, boolean json) {
    this.wireName = wireName;
    this.json = json;
  }

  /** The name used on the command line and as {@code logsource} in output. */
  public String wireName() {
    return wireName;
  }

  /** Whether records of this format are JSON documents (otherwise text lines). */
  public boolean isJson() {
    return json;
  }

  public static Optional<LogFormat> byName(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.wireName.equals(n)).findFirst();
  }

  /** All names, comma-separated, for error messages and help. */
  public static String names() {
    return Arrays.stream(values()).map(LogFormat::wireName).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
