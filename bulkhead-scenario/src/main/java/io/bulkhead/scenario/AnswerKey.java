package io.bulkhead.scenario;

import io.bulkhead.event.Origin;
import io.bulkhead.findings.Findings;
import io.bulkhead.findings.Findings.Accessed;
import io.bulkhead.findings.Findings.Period;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The answer key ({@code bulkhead.answer-key/v1}, the shape of {@code findings.json}), derived
 * from what was written: only steps whose lines exist count, counts are of distinct canonical ids
 * with a 2xx or 304 status, times are those the lines carry, evidence points at the lines. Without
 * the intrusion the key expects a clean bill: nothing compromised, nothing accessed, and the
 * credential verdicts benign life alone makes.
 */
final class AnswerKey {
  private final Org org;
  private final Intrusion intrusion;
  private final Map<String, Usage> usage;
  private final Map<String, long[]> coverage;
  /** The intruder's written steps (the defenders' containment excluded), in time order. */
  private final List<Step> acts = new ArrayList<>();
  private final List<Step> written = new ArrayList<>();

  AnswerKey(Org org, Intrusion intrusion, Map<String, Usage> usage, Map<String, long[]> coverage) {
    this.org = org;
    this.intrusion = intrusion;
    this.usage = usage;
    this.coverage = coverage;
    if (intrusion != null) {
      for (Step s : intrusion.steps) {
        if (!s.written()) {
          throw new IllegalStateException("a planned step was not written: " + s);
        }
        written.add(s);
        if (s.act != Step.Act.CONTAINMENT) {
          acts.add(s);
        }
      }
      written.sort(Comparator.comparingLong(AnswerKey::time));
      acts.sort(Comparator.comparingLong(AnswerKey::time));
    }
  }

  /** The time of a step as its primary line shows it. */
  static long time(Step s) {
    return s.primaryAt;
  }

  static Instant at(long ms) {
    return Instant.ofEpochMilli(ms);
  }

  Findings build() {
    List<Findings.Coverage> cov = new ArrayList<>();
    coverage.forEach((source, span) -> cov.add(new Findings.Coverage(source, at(span[0]), at(span[1]), List.of())));
    List<Findings.CredentialAudit> audit = new KeyCredentials(org, intrusion == null ? null : acts, usage).audit();
    if (intrusion == null) {
      return new Findings(Findings.ANSWER_KEY_SCHEMA, null, cov, Findings.Compromised.none(), List.of(), List.of(), List.of(),
          List.of(), List.of(), List.of(), List.of(), audit, List.of());
    }
    Period window = new Period(at(time(acts.get(0))), at(time(acts.get(acts.size() - 1))));
    return new Findings(Findings.ANSWER_KEY_SCHEMA, window, cov, compromised(), accessed(), searches(), KeyParts.denied(acts),
        List.of(alert()), KeyParts.iocHits(written), timeline(), dormant(), audit, List.of());
  }

  private Findings.Compromised compromised() {
    List<Findings.CompromisedCredential> creds = new ArrayList<>();
    for (Credential c : org.ledger.intrusionFour()) {
      List<long[]> uses = new ArrayList<>();
      List<Origin> origins = new ArrayList<>();
      for (Step s : KeyCredentials.uses(acts, c.name())) {
        boolean edge = c.name().equals(Ledger.MOVEWORKS) && s.edge != null;
        uses.add(new long[] {edge ? s.edgeAt : s.primaryAt});
        origins.add(edge ? s.edge : s.primary);
      }
      int first = 0;
      int last = 0;
      for (int i = 0; i < uses.size(); i++) {
        if (uses.get(i)[0] < uses.get(first)[0]) {
          first = i;
        }
        if (uses.get(i)[0] >= uses.get(last)[0]) {
          last = i;
        }
      }
      creds.add(new Findings.CompromisedCredential(c.id(), c.name(), c.kind(), at(uses.get(first)[0]), at(uses.get(last)[0]),
          List.of(origins.get(first), origins.get(last))));
    }
    Step created = find(s -> s.kind == Step.Kind.AUDIT && "create-user".equals(s.action));
    List<String> groups = new ArrayList<>();
    for (Step s : acts) {
      if (s.kind == Step.Kind.AUDIT && "add-to-group".equals(s.action) && !Ledger.SMARTSHEET.equals(s.resource)
          && !"jira-administrators".equals(s.resource)) {
        groups.add(s.resource);
      }
    }
    var account = new Findings.CreatedAccount("atlassian", intrusion.newUser, created.principal, at(time(created)), groups);
    Set<String> ips = new TreeSet<>();
    for (Step s : acts) {
      if (s.ip != null && !s.ip.startsWith("10.")) {
        ips.add(s.ip);
      }
    }
    var host = new Findings.CompromisedHost(Fleet.ATLASSIAN, List.of(Intrusion.SHA256, Intrusion.PAYLOAD, Intrusion.C2));
    return new Findings.Compromised(creds, List.of(account), List.copyOf(ips), List.of(host));
  }

  private Step find(java.util.function.Predicate<Step> p) {
    for (Step s : acts) {
      if (p.test(s)) {
        return s;
      }
    }
    throw new IllegalStateException("no such step in the plan");
  }

  private List<Accessed> accessed() {
    Set<String> issues = new TreeSet<>();
    Set<String> pages = new TreeSet<>();
    Set<String> viewed = new TreeSet<>();
    Set<String> archived = new TreeSet<>();
    for (Step s : acts) {
      if (s.act != Step.Act.READ || !s.success()) {
        continue;
      }
      switch (s.system) {
        case "jira" -> issues.add(s.resource);
        case "confluence" -> pages.add(s.resource);
        case "bitbucket" -> {
          viewed.add(s.resource);
          if (s.archive) {
            archived.add(s.resource);
          }
        }
        default -> { }
      }
    }
    return List.of(
        new Accessed("jira", "issue", "view", issues.size(), Catalogue.JIRA_ISSUES, List.copyOf(issues), null),
        new Accessed("confluence", "page", "view", pages.size(), (long) Catalogue.CONFLUENCE_PAGES, List.copyOf(pages), null),
        new Accessed("bitbucket", "repository", "view", viewed.size(), (long) Catalogue.BITBUCKET_REPOS, List.copyOf(viewed), null),
        new Accessed("bitbucket", "repository", "archive", archived.size(), (long) Catalogue.BITBUCKET_REPOS, List.copyOf(archived), null));
  }

  private List<Findings.Search> searches() {
    List<Findings.Search> out = new ArrayList<>();
    for (Step s : acts) {
      if (s.act == Step.Act.SEARCH) {
        out.add(new Findings.Search(s.system, s.principal, s.resource, at(time(s))));
      }
    }
    return out;
  }

  private Findings.Alert alert() {
    Step s = find(x -> x.kind == Step.Kind.AUDIT && "jira-administrators".equals(x.resource));
    Map<String, String> entities = new LinkedHashMap<>();
    entities.put("principal", Ledger.SMARTSHEET);
    entities.put("group", "jira-administrators");
    return new Findings.Alert("atlassian-service-account-added-to-admin-group",
        "Service account added to an administrator group", "critical", at(time(s)), null, entities);
  }

  private List<Findings.TimelineEntry> timeline() {
    List<Findings.TimelineEntry> out = new ArrayList<>();
    for (Step s : written) {
      if (s.phase != null) {
        List<Origin> ev = new ArrayList<>();
        ev.add(s.primary);
        if (s.edge != null && !s.edge.equals(s.primary)) {
          ev.add(s.edge);
        }
        out.add(new Findings.TimelineEntry(at(time(s)), s.phase, s.summary, s.principal, ev));
      }
    }
    return out;
  }

  /** Stretches of 24 hours or more without a read, a search or a change by the intruder. */
  private List<Period> dormant() {
    List<Long> active = new ArrayList<>();
    for (Step s : acts) {
      boolean work = s.act == Step.Act.READ || s.act == Step.Act.SEARCH || s.act == Step.Act.CHANGE;
      if (work && s.success()) {
        active.add(time(s));
      }
    }
    List<Period> out = new ArrayList<>();
    for (int i = 1; i < active.size(); i++) {
      if (active.get(i) - active.get(i - 1) >= TimeText.DAY) {
        out.add(new Period(at(active.get(i - 1)), at(active.get(i))));
      }
    }
    return out;
  }
}
