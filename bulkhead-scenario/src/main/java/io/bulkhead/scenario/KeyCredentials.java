package io.bulkhead.scenario;

import io.bulkhead.event.Origin;
import io.bulkhead.findings.Findings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The credential verdicts the answer key expects: the intrusion's four (exposed by the Okta
 * breach, never rotated, believed unused; in use from new infrastructure, or, without the
 * intrusion, unused), and the benign credentials whose ledger entry the logs contradict (marked
 * unused but used; rotated while the old key stays in use).
 */
final class KeyCredentials {
  private final Org org;
  private final List<Step> acts;
  private final Map<String, Usage> usage;

  /** @param acts the intruder's written steps, or null without the intrusion */
  KeyCredentials(Org org, List<Step> acts, Map<String, Usage> usage) {
    this.org = org;
    this.acts = acts;
    this.usage = usage;
  }

  /** The steps whose records show the credential named {@code name} being used. */
  static List<Step> uses(List<Step> acts, String name) {
    List<Step> out = new ArrayList<>();
    for (Step s : acts) {
      boolean shows = switch (name) {
        // Only http_requests carries the token's client id; Access logs non-identity logins without it.
        case Ledger.MOVEWORKS -> s.edge != null;
        case Ledger.AWS_MARKETPLACE -> name.equals(s.credential);
        default -> name.equals(s.credential) && name.equals(s.principal);
      };
      if (shows) {
        out.add(s);
      }
    }
    return out;
  }

  List<Findings.CredentialAudit> audit() {
    List<Findings.CredentialAudit> out = new ArrayList<>();
    for (Credential c : org.ledger.intrusionFour()) {
      if (acts == null) {
        out.add(entry(c, "exposed-unrotated-unused", List.of("exposed-unrotated-unused"), null, null, null, null, false));
        continue;
      }
      List<Step> uses = uses(acts, c.name());
      Step first = uses.get(0);
      Step last = uses.get(0);
      for (Step s : uses) {
        if (when(c, s) < when(c, first)) {
          first = s;
        }
        if (when(c, s) >= when(c, last)) {
          last = s;
        }
      }
      out.add(entry(c, "exposed-unrotated-in-use",
          List.of("exposed-unrotated-in-use", "marked-unused-but-used", "used-from-new-infrastructure"),
          when(c, first), when(c, last), where(c, first), where(c, last), true));
    }
    for (Credential c : org.ledger.misrecorded()) {
      Usage u = usage.get(c.id());
      if (u == null) {
        continue; // the scale produced no use in the month: nothing contradicts the ledger
      }
      String verdict = c.exposed() ? "rotated-old-still-used" : "marked-unused-but-used";
      out.add(entry(c, verdict, List.of(verdict), u.first, u.last, u.firstAt, u.lastAt, c.exposed() ? Boolean.TRUE : null));
    }
    for (Credential c : org.ledger.staleMarkedUsed()) {
      // Wrongly marked the other way: believed in use, unused all month. Not exposed, so "ok", but stale.
      Findings.CredentialAudit e = entry(c, "ok", List.of("ok"), null, null, null, null, null);
      out.add(new Findings.CredentialAudit(e.id(), e.verdict(), e.verdicts(), e.exposedBy(), e.rotatedAfterExposure(),
          e.markedUnused(), null, null, null, e.privileged(), true, List.of(), List.of()));
    }
    return out;
  }

  private static long when(Credential c, Step s) {
    return c.name().equals(Ledger.MOVEWORKS) ? s.edgeAt : s.primaryAt;
  }

  private static Origin where(Credential c, Step s) {
    return c.name().equals(Ledger.MOVEWORKS) ? s.edge : s.primary;
  }

  private static Findings.CredentialAudit entry(Credential c, String verdict, List<String> verdicts, Long first, Long last,
      Origin firstAt, Origin lastAt, Boolean usedAfterExposure) {
    List<Origin> evidence = new ArrayList<>();
    if (firstAt != null) {
      evidence.add(firstAt);
    }
    if (lastAt != null && !lastAt.equals(firstAt)) {
      evidence.add(lastAt);
    }
    boolean exposed = c.exposed();
    return new Findings.CredentialAudit(c.id(), verdict, verdicts, exposed ? List.of(Ledger.EXPOSURE_ID) : List.of(),
        exposed ? c.lastRotated() > Ledger.EXPOSED_AT : null, c.markedUnused(),
        first == null ? null : Instant.ofEpochMilli(first), last == null ? null : Instant.ofEpochMilli(last),
        usedAfterExposure, !c.privilege().equals("read"), false, List.of(), evidence);
  }
}
