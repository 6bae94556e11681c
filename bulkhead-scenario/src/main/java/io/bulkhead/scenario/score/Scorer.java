package io.bulkhead.scenario.score;

import io.bulkhead.findings.Findings;
import io.bulkhead.findings.Findings.Accessed;
import io.bulkhead.findings.Findings.Alert;
import io.bulkhead.findings.Findings.CredentialAudit;
import io.bulkhead.findings.Findings.Period;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares a findings document with an answer key. Every expectation of the key becomes one
 * {@link Check}; a findings document passes when every check does. Times match within a minute:
 * sources disagree on clocks by seconds, and the key is about what happened, not about skew.
 */
public final class Scorer {
  static final Duration TOLERANCE = Duration.ofMinutes(1);

  private Scorer() {}

  public static List<Check> score(Findings key, Findings found) {
    List<Check> checks = new ArrayList<>();
    window(key, found, checks);
    compromised(key, found, checks);
    accessed(key, found, checks);
    searches(key, found, checks);
    dormant(key, found, checks);
    alerts(key, found, checks);
    credentialVerdicts(key, found, checks);
    return checks;
  }

  private static void window(Findings key, Findings found, List<Check> out) {
    if (key.window() == null) {
      return;
    }
    Period f = found.window();
    boolean ok = f != null && near(key.window().from(), f.from()) && near(key.window().to(), f.to());
    out.add(new Check("window", ok, "expected " + period(key.window()) + ", found " + (f == null ? "none" : period(f))));
  }

  private static void compromised(Findings key, Findings found, List<Check> out) {
    var k = key.compromised();
    var f = found.compromised();
    set(out, "compromised credentials", ids(k.credentials(), c -> c.id()), ids(f.credentials(), c -> c.id()));
    set(out, "compromised accounts", ids(k.accounts(), a -> a.system() + ":" + a.id()),
        ids(f.accounts(), a -> a.system() + ":" + a.id()));
    for (var a : k.accounts()) {
      var match = f.accounts().stream().filter(x -> Objects.equals(x.id(), a.id())).findFirst();
      out.add(new Check("account " + a.id() + " created at", match.isPresent() && near(a.createdAt(), match.get().createdAt()),
          "expected " + a.createdAt() + ", found " + match.map(x -> String.valueOf(x.createdAt())).orElse("no such account")));
      set(out, "account " + a.id() + " groups added", a.groupsAdded(), match.map(x -> x.groupsAdded()).orElse(List.of()));
    }
    set(out, "compromised source IPs", k.sourceIps(), f.sourceIps());
    set(out, "compromised hosts", ids(k.hosts(), h -> h.name()), ids(f.hosts(), h -> h.name()));
  }

  private static void accessed(Findings key, Findings found, List<Check> out) {
    for (Accessed a : key.accessed()) {
      String name = "accessed " + a.system() + "/" + a.resourceType() + "/" + a.action();
      Optional<Accessed> m = found.accessed().stream()
          .filter(x -> a.system().equals(x.system()) && a.resourceType().equals(x.resourceType()) && a.action().equals(x.action()))
          .findFirst();
      if (m.isEmpty()) {
        out.add(new Check(name + " count", false, "expected " + a.count() + ", found no such entry"));
        continue;
      }
      boolean bound = Boolean.TRUE.equals(a.lowerBound());
      boolean countOk = bound ? m.get().count() >= a.count() : m.get().count() == a.count();
      out.add(new Check(name + " count", countOk, "expected " + (bound ? "at least " : "") + a.count() + ", found " + m.get().count()));
      if (a.total() != null) {
        out.add(new Check(name + " total", a.total().equals(m.get().total()), "expected " + a.total() + ", found " + m.get().total()));
      }
      if (!a.ids().isEmpty() && !bound) {
        set(out, name + " ids", a.ids(), m.get().ids());
      }
    }
    if (key.accessed().isEmpty() && key.compromised().credentials().isEmpty()) {
      out.add(new Check("nothing accessed by an attacker", found.accessed().isEmpty(),
          found.accessed().isEmpty() ? "none reported" : found.accessed().size() + " accessed entries reported"));
    }
  }

  private static void searches(Findings key, Findings found, List<Check> out) {
    if (key.searches().isEmpty()) {
      return;
    }
    Function<Findings.Search, String> q = s -> s.system() + ":" + s.query().toLowerCase(Locale.ROOT);
    SetScore s = SetScore.of(ids(key.searches(), q), ids(found.searches(), q));
    out.add(new Check("searches", s.recall() == 1.0, s.describe()));
  }

  private static void dormant(Findings key, Findings found, List<Check> out) {
    for (Period p : key.dormantPeriods()) {
      boolean ok = found.dormantPeriods().stream().anyMatch(f -> near(p.from(), f.from()) && near(p.to(), f.to()));
      out.add(new Check("dormant period " + period(p), ok,
          ok ? "found" : "found " + found.dormantPeriods().stream().map(Scorer::period).collect(Collectors.joining(", "))));
    }
  }

  private static void alerts(Findings key, Findings found, List<Check> out) {
    for (Alert a : key.alerts()) {
      Optional<Alert> m = found.alerts().stream()
          .filter(f -> near(a.eventTime(), f.eventTime()) && entitiesMatch(a.entities(), f.entities()))
          .findFirst();
      out.add(new Check("alert at " + a.eventTime() + " " + a.entities(), m.isPresent(),
          m.map(x -> "raised by " + x.rule() + (x.raisedAt() == null ? "" : " at " + x.raisedAt()))
              .orElse("no alert for that event among " + found.alerts().size())));
    }
  }

  private static boolean entitiesMatch(Map<String, String> expected, Map<String, String> found) {
    return expected.entrySet().stream().allMatch(e ->
        found.get(e.getKey()) != null && found.get(e.getKey()).equalsIgnoreCase(e.getValue()));
  }

  private static void credentialVerdicts(Findings key, Findings found, List<Check> out) {
    Map<String, CredentialAudit> byId = found.credentialAudit().stream()
        .collect(Collectors.toMap(CredentialAudit::id, c -> c, (a, b) -> a));
    for (CredentialAudit c : key.credentialAudit()) {
      CredentialAudit f = byId.get(c.id());
      boolean ok = f != null && Objects.equals(c.verdict(), f.verdict());
      out.add(new Check("credential " + c.id() + " verdict", ok,
          "expected " + c.verdict() + ", found " + (f == null ? "no audit entry" : f.verdict())));
    }
  }

  private static void set(List<Check> out, String name, List<String> expected, List<String> found) {
    SetScore s = SetScore.of(expected, found);
    out.add(new Check(name, s.exact(), s.describe()));
  }

  private static <T> List<String> ids(List<T> items, Function<T, String> id) {
    return items.stream().map(id).filter(Objects::nonNull).toList();
  }

  private static boolean near(Instant expected, Instant found) {
    if (expected == null) {
      return true;
    }
    return found != null && Duration.between(expected, found).abs().compareTo(TOLERANCE) <= 0;
  }

  private static String period(Period p) {
    return p.from() + " to " + p.to();
  }
}
