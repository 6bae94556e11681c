package io.bulkhead.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bulkhead.event.Event;
import io.bulkhead.findings.Findings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An investigation's arithmetic done independently of the generator: from the events Bulkhead's
 * reader produced and the inputs a team has (ledger, inventory), never from the generator's own
 * bookkeeping. URL shapes follow {@code reference/log-formats.md}: content URLs count, polling,
 * resources, likes and notifications do not; 2xx and 304 count, refusals and misses do not;
 * Bitbucket counts outgoing lines with status 200.
 */
final class Recount {
  private static final Pattern ISSUE = Pattern.compile(
      "^/(?:browse/|rest/api/2/issue/|si/jira\\.issueviews:issue-xml/)([A-Z][A-Z0-9]+-\\d+)(?:[/?]|$)");
  private static final Pattern AJAX_ISSUE = Pattern.compile("^/secure/AjaxIssueAction!default\\.jspa\\?.*issueKey=([A-Z][A-Z0-9]+-\\d+)");
  private static final Pattern PAGE_ID = Pattern.compile(
      "^/(?:pages/viewpage\\.action|plugins/viewsource/viewpagesrc\\.action|exportword|spaces/flyingpdf/pdfpageexport\\.action)\\?pageId=(\\d+)");
  private static final Pattern PAGE_REST = Pattern.compile("^/rest/api/content/(\\d+)(?:\\?|$)");
  private static final Pattern DISPLAY = Pattern.compile("^/display/([^/?]+)/([^?]+)");
  private static final Pattern REPO = Pattern.compile("^/(?:rest/api/(?:1\\.0|latest)/)?projects/([^/]+)/repos/([^/?]+)(/[^?]*)?");
  private static final Pattern SEARCH = Pattern.compile("^/dosearchsite\\.action\\?.*queryString=([^&]+)");

  final Set<String> identities;
  private final Map<String, String> titles = new HashMap<>();

  Recount(Fixture f) {
    this.identities = identities(f);
    try {
      JsonNode inv = new ObjectMapper().readTree(f.dir.resolve("inputs/inventory.json").toFile());
      for (JsonNode c : inv.get("collections")) {
        for (JsonNode r : c.path("resources")) {
          titles.put(r.get("space").asText() + "/" + r.get("title").asText(), r.get("id").asText());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Atlassian user names of the compromised credentials (from the ledger) and of the created accounts. */
  static Set<String> identities(Fixture f) {
    Set<String> ids = new TreeSet<>();
    Set<String> compromised = new TreeSet<>();
    f.key.compromised().credentials().forEach(c -> compromised.add(c.id()));
    try {
      for (String line : Files.readAllLines(f.dir.resolve("inputs/credentials.csv"), StandardCharsets.UTF_8)) {
        String[] cols = line.split(",");
        if (compromised.contains(cols[0])) {
          for (String ident : line.split("[,;\"]")) {
            if (ident.startsWith("atlassian_user:")) {
              ids.add(ident.substring("atlassian_user:".length()));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    f.key.compromised().accounts().forEach(a -> ids.add(a.id()));
    return ids;
  }

  boolean byIdentity(Event e) {
    return e.actor() != null && e.actor().name() != null && identities.contains(e.actor().name());
  }

  static boolean ok(Event e) {
    Integer s = e.http() == null ? null : e.http().status();
    return s != null && (s >= 200 && s < 300 || s == 304);
  }

  /** The issue key a Jira content URL reads, or null. */
  static String issue(String url) {
    Matcher m = ISSUE.matcher(url);
    if (m.find()) {
      return m.group(1);
    }
    m = AJAX_ISSUE.matcher(url);
    return m.find() ? m.group(1) : null;
  }

  /** The page id a Confluence content URL reads (resolving {@code /display/} through the inventory), or null. */
  String page(String url) {
    Matcher m = PAGE_ID.matcher(url);
    if (m.find()) {
      return m.group(1);
    }
    m = PAGE_REST.matcher(url);
    if (m.find()) {
      return m.group(1);
    }
    m = DISPLAY.matcher(url);
    if (m.find()) {
      String title = URLDecoder.decode(m.group(2), StandardCharsets.UTF_8);
      return titles.get(m.group(1) + "/" + title);
    }
    return null;
  }

  /** {@code project/slug} in lower case and whether it is an archive download, or null. */
  static String[] repo(String url) {
    Matcher m = REPO.matcher(url);
    if (!m.find()) {
      return null;
    }
    String rest = m.group(3) == null ? "" : m.group(3);
    return new String[] {(m.group(1) + "/" + m.group(2)).toLowerCase(Locale.ROOT), String.valueOf(rest.equals("/archive"))};
  }

  static String search(String url) {
    Matcher m = SEARCH.matcher(url);
    return m.find() ? URLDecoder.decode(m.group(1), StandardCharsets.UTF_8) : null;
  }

  static boolean outgoing(Event e) {
    return "outgoing".equals(e.raw().path("x-direction").asText());
  }

  /** Reads of content, searches and changes by the identities, in time order. */
  List<Instant> activity(List<Event> atlassian) {
    List<Instant> out = new ArrayList<>();
    for (Event e : atlassian) {
      if (e.logsource().equals("atlassian-audit")) {
        if (byIdentity(e)) {
          out.add(e.time());
        }
        continue;
      }
      if (!byIdentity(e) || e.http() == null || e.http().url() == null || !ok(e)) {
        continue;
      }
      String url = e.http().url();
      boolean read = switch (e.logsource()) {
        case "jira-access" -> issue(url) != null;
        case "confluence-access" -> page(url) != null || search(url) != null;
        case "bitbucket-access" -> outgoing(e) && repo(url) != null;
        default -> false;
      };
      boolean change = ("POST".equals(e.http().method()) || "PUT".equals(e.http().method()))
          && !url.matches("^/(rest/auth/1/session|login\\.jsp|dologin\\.action|secure/admin/WebSudoAuthenticate\\.jspa).*");
      if (read || change) {
        out.add(e.time());
      }
    }
    out.sort(null);
    return out;
  }

  /** Gaps of a day or more between consecutive activities. */
  static List<Findings.Period> gaps(List<Instant> times) {
    List<Findings.Period> out = new ArrayList<>();
    for (int i = 1; i < times.size(); i++) {
      if (Duration.between(times.get(i - 1), times.get(i)).compareTo(Duration.ofDays(1)) >= 0) {
        out.add(new Findings.Period(times.get(i - 1), times.get(i)));
      }
    }
    return out;
  }
}
