package io.bulkhead.scenario;

import io.bulkhead.event.Event;
import io.bulkhead.findings.Findings;
import io.bulkhead.findings.FindingsJson;
import io.bulkhead.source.EventSink;
import io.bulkhead.source.FileSummary;
import io.bulkhead.source.LogFormat;
import io.bulkhead.source.LogReader;
import io.bulkhead.source.ReadSummary;
import io.bulkhead.source.Reject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A small scenario generated once per test JVM and read once with Bulkhead's {@link LogReader}.
 * The read keeps only what the tests need: each file's recognised format, the rejects, the events
 * of the Atlassian access and audit logs (for recounting the key), key sets and time fields of
 * JSON records per event kind, and events that carry an indicator.
 */
final class Fixture {
  static final long SEED = 7;
  static final double SCALE = 0.002;
  private static Fixture attack;
  private static Fixture quiet;

  final Path dir;
  final ScenarioSummary summary;
  final Findings key;
  final Map<String, LogFormat> formats = new TreeMap<>();
  final List<Reject> rejects = new ArrayList<>();
  /** Jira, Confluence and Bitbucket access-log events, and every Atlassian audit event. */
  final List<Event> atlassian = new ArrayList<>();
  /** For each JSON format and action: the distinct top-level key sets its records have. */
  final Map<String, Set<List<String>>> keySets = new TreeMap<>();
  /** For each JSON format: a few raw values of its time field, as written. */
  final Map<String, Set<String>> times = new TreeMap<>();
  /** Events whose raw record mentions a published network indicator. */
  final List<Event> withIndicators = new ArrayList<>();
  /** Events the intruder's identities or addresses wrote, or that carry an indicator. */
  final List<Event> intruder = new ArrayList<>();
  /** For each log source: how many events have each user agent. */
  final Map<String, Map<String, Long>> agents = new TreeMap<>();
  /** For the three products' access logs: how many events have each URL shape. */
  final Map<String, Map<String, Long>> shapes = new TreeMap<>();
  /** Every event's origin as {@code relative-file:line#record} for files the key cites, with its time. */
  final Map<String, java.time.Instant> cited = new TreeMap<>();
  long events;

  private Fixture(Path dir, ScenarioSummary summary) throws IOException {
    this.dir = dir;
    this.summary = summary;
    this.key = new FindingsJson().read(dir.resolve("answer-key.json"));
  }

  static synchronized Fixture attack() {
    if (attack == null) {
      attack = make(true);
    }
    return attack;
  }

  static synchronized Fixture quiet() {
    if (quiet == null) {
      quiet = make(false);
    }
    return quiet;
  }

  private static Fixture make(boolean withAttack) {
    try {
      Path dir = Files.createTempDirectory("bulkhead-scenario-" + (withAttack ? "attack" : "quiet"));
      // Shared by every test class of the run, so no test can own it: it goes when the JVM does.
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
      ScenarioSummary s = ScenarioGenerator.builder().seed(SEED).scale(SCALE).attack(withAttack).threads(2).build().generate(dir);
      Fixture f = new Fixture(dir, s);
      f.read();
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: a temporary folder left behind is not a test failure
    }
  }

  private void read() {
    Set<String> citedFiles = new TreeSet<>();
    for (var c : key.compromised().credentials()) {
      c.evidence().forEach(o -> citedFiles.add(o.file()));
    }
    key.timeline().forEach(t -> t.evidence().forEach(o -> citedFiles.add(o.file())));
    key.credentialAudit().forEach(a -> a.evidence().forEach(o -> citedFiles.add(o.file())));
    Set<String> ips = Set.copyOf(key.compromised().sourceIps());
    Set<String> identities = key.compromised().credentials().isEmpty() ? Set.of() : Recount.identities(this);
    Path logs = dir.resolve("logs");
    ReadSummary s = LogReader.builder().build().read(List.of(logs.toString()), new EventSink() {
      @Override
      public void event(Event e) {
        events++;
        String rel = dir.relativize(Path.of(e.source().file())).toString().replace('\\', '/');
        if (citedFiles.contains(rel)) {
          cited.put(rel + ":" + e.source().line() + "#" + e.source().record(), e.time());
        }
        switch (e.logsource()) {
          case "jira-access", "confluence-access", "bitbucket-access", "atlassian-audit" -> atlassian.add(e);
          default -> { }
        }
        String raw = e.raw().toString();
        boolean mine = e.client() != null && e.client().ip() != null && ips.contains(e.client().ip())
            || e.actor() != null && e.actor().name() != null && identities.contains(e.actor().name())
            || raw.contains(Intrusion.IP_A) || raw.contains(Intrusion.C2) || raw.contains(Intrusion.PAYLOAD_DOMAIN);
        if (mine) {
          intruder.add(e);
        }
        if (e.client() != null && e.client().userAgent() != null) {
          agents.computeIfAbsent(e.logsource(), k -> new TreeMap<>()).merge(Indistinguishable.agent(e.client().userAgent()), 1L, Long::sum);
        }
        if (e.logsource().endsWith("-access") && e.http() != null && e.http().url() != null) {
          shapes.computeIfAbsent(e.logsource(), k -> new TreeMap<>()).merge(Indistinguishable.shape(e.http().url()), 1L, Long::sum);
        }
        if (!e.raw().isObject() || e.logsource().endsWith("-access")) {
          return;
        }
        String kind = e.logsource() + " " + e.action();
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = e.raw().fieldNames(); it.hasNext(); ) {
          keys.add(it.next());
        }
        keys.sort(null);
        keySets.computeIfAbsent(kind, k -> new java.util.HashSet<>()).add(keys);
        String timeField = TIME_FIELDS.get(e.logsource());
        if (timeField != null && e.raw().has(timeField)) {
          Set<String> t = times.computeIfAbsent(e.logsource(), k -> new TreeSet<>());
          if (t.size() < 40) {
            t.add(e.raw().get(timeField).toString());
          }
        }
        if (raw.contains(Intrusion.IP_A) || raw.contains(Intrusion.C2) || raw.contains(Intrusion.PAYLOAD_DOMAIN)) {
          withIndicators.add(e);
        }
      }

      @Override
      public void reject(Reject r) {
        rejects.add(r);
      }
    });
    for (FileSummary f : s.files()) {
      formats.put(dir.relativize(Path.of(f.file())).toString().replace('\\', '/'), f.format());
    }
  }

  static final Map<String, String> TIME_FIELDS = Map.ofEntries(
      Map.entry("okta", "published"), Map.entry("cloudtrail", "eventTime"), Map.entry("atlassian-audit", "timestamp"),
      Map.entry("github-audit", "@timestamp"), Map.entry("cloudflare-access-requests", "CreatedAt"),
      Map.entry("cloudflare-http-requests", "EdgeStartTimestamp"), Map.entry("cloudflare-gateway-http", "Datetime"),
      Map.entry("cloudflare-gateway-network", "Datetime"), Map.entry("cloudflare-audit", "When"),
      Map.entry("cloudflare-firewall", "Datetime"));

  /** The shared folder beside the clone (vendor samples); set by surefire. */
  static Path samples() {
    String s = System.getProperty("bulkhead.shared");
    if (s == null || !Files.isDirectory(Path.of(s))) {
      throw new IllegalStateException("shared folder not found (bulkhead.shared=" + s + "); tests need ../shared beside the clone");
    }
    return Path.of(s).resolve("data/vendor-samples");
  }
}
