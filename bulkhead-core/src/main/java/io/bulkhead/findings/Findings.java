package io.bulkhead.findings;

import io.bulkhead.event.Origin;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An investigation's conclusions, or a scenario's answer key ({@code schema} tells which). Lists
 * are never null; absent parts are empty. Field names are the contract's and must not change
 * within v1.
 */
public record Findings(
    String schema,
    Period window,
    List<Coverage> coverage,
    Compromised compromised,
    List<Accessed> accessed,
    List<Search> searches,
    List<Denied> denied,
    List<Alert> alerts,
    List<IocHit> iocHits,
    List<TimelineEntry> timeline,
    List<Period> dormantPeriods,
    List<CredentialAudit> credentialAudit,
    List<RejectRef> rejects) {

  public static final String SCHEMA = "bulkhead.findings/v1";
  public static final String ANSWER_KEY_SCHEMA = "bulkhead.answer-key/v1";

  public Findings {
    coverage = copy(coverage);
    compromised = compromised == null ? Compromised.none() : compromised;
    accessed = copy(accessed);
    searches = copy(searches);
    denied = copy(denied);
    alerts = copy(alerts);
    iocHits = copy(iocHits);
    timeline = copy(timeline);
    dormantPeriods = copy(dormantPeriods);
    credentialAudit = copy(credentialAudit);
    rejects = copy(rejects);
  }

  static <T> List<T> copy(List<T> l) {
    return l == null ? List.of() : List.copyOf(l);
  }

  /** A time span; either end may be null when unknown. */
  public record Period(Instant from, Instant to) {}

  /** What one log source covered, and the gaps in it. */
  public record Coverage(String logsource, Instant from, Instant to, List<Period> gaps) {
    public Coverage {
      gaps = copy(gaps);
    }
  }

  /** What the actor held: credentials, accounts it made, addresses it used, hosts it touched. */
  public record Compromised(
      List<CompromisedCredential> credentials,
      List<CreatedAccount> accounts,
      List<String> sourceIps,
      List<CompromisedHost> hosts) {
    public Compromised {
      credentials = copy(credentials);
      accounts = copy(accounts);
      sourceIps = copy(sourceIps);
      hosts = copy(hosts);
    }

    public static Compromised none() {
      return new Compromised(List.of(), List.of(), List.of(), List.of());
    }
  }

  public record CompromisedCredential(
      String id, String name, String kind, Instant firstMaliciousUse, Instant lastMaliciousUse,
      List<Origin> evidence) {
    public CompromisedCredential {
      evidence = copy(evidence);
    }
  }

  public record CreatedAccount(
      String system, String id, String createdBy, Instant createdAt, List<String> groupsAdded) {
    public CreatedAccount {
      groupsAdded = copy(groupsAdded);
    }
  }

  public record CompromisedHost(String name, List<String> indicators) {
    public CompromisedHost {
      indicators = copy(indicators);
    }
  }

  /**
   * Resources of one type an identity reached: {@code count} distinct canonical {@code ids} of
   * {@code total}; {@code lowerBound} marks bulk exposure whose exact contents logs cannot show.
   */
  public record Accessed(
      String system, String resourceType, String action, long count, Long total, List<String> ids,
      Boolean lowerBound) {
    public Accessed {
      ids = copy(ids);
    }
  }

  public record Search(String system, String principal, String query, Instant at) {}

  public record Denied(String system, String principal, String action, Instant at, long count) {}

  public record Alert(
      String rule, String title, String level, Instant eventTime, Instant raisedAt,
      Map<String, String> entities) {
    public Alert {
      // Sorted, so that output and messages do not depend on hash order.
      entities = entities == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(entities));
    }
  }

  public record IocHit(
      String indicator, String type, long count, Instant first, Instant last, List<String> logsources) {
    public IocHit {
      logsources = copy(logsources);
    }
  }

  public record TimelineEntry(
      Instant at, String phase, String summary, String principal, List<Origin> evidence) {
    public TimelineEntry {
      evidence = copy(evidence);
    }
  }

  public record CredentialAudit(
      String id, String verdict, List<String> verdicts, List<String> exposedBy,
      Boolean rotatedAfterExposure, Boolean markedUnused, Instant firstUsed, Instant lastUsed,
      Boolean usedAfterExposure, Boolean privileged, Boolean stale, List<Period> coverageGaps,
      List<Origin> evidence) {
    public CredentialAudit {
      verdicts = copy(verdicts);
      exposedBy = copy(exposedBy);
      coverageGaps = copy(coverageGaps);
      evidence = copy(evidence);
    }
  }

  /** A reject as findings carry it: file, line, reason. */
  public record RejectRef(String file, long line, String reason) {}
}
