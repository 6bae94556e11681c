package io.bulkhead.analytics;

import io.bulkhead.event.Event;
import io.bulkhead.sigma.model.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A credential used from an address it never used before: for every credential identifier
 * events carry (Cloudflare Access client ids, AWS access keys, Okta API tokens, GitHub tokens) and
 * every service account named in access logs and Atlassian audit records, the addresses it was
 * used from during a baseline are learnt; a later use from another address, in a network the
 * baseline does not know (another ASN when the log gives one, else another /24 or /64), raises a
 * high alert at the time of that address's first use. A credential not used at all during the
 * baseline and used after it raises a medium alert at its first use (new or woken-up
 * credentials; configurable).
 *
 * <p>Why not Sigma: a rule sees one event, or counts events of a window; "never seen for this
 * credential" needs what the credential did in the past, per credential.
 *
 * <p>Decisions are taken on the earliest use of each (credential, address), so the result does
 * not depend on the order events arrive in. In a hunt they are taken at {@link #finish}; with a
 * lateness bound, as soon as the clock passes the evidence by that bound. A credential whose
 * baseline addresses did not fit in its cap, or that was forgotten and came back, is not judged
 * (counted instead): half a baseline would make every address look new.
 */
public final class NewAddress implements Analytic<NewAddress.State> {
  /** The analytic as a rule. */
  public static final AnalyticInfo INFO = new AnalyticInfo("6f7d3c2a-1b8e-4e55-9a0c-3d2f1e4b5a69", "credential-new-address",
      "Credential used from an address it never used before", Level.HIGH,
      List.of("attack.initial-access", "attack.t1078", "attack.t1078.004", "attack.defense-evasion", "attack.t1550", "attack.t1550.001"));

  /**
   * A credential with no use at all in the baseline used after it (with {@code reportFirstUse}, the
   * default): new, or dormant and woken up. The credentials of Cloudflare's Thanksgiving 2023
   * intrusion were believed unused because they were: their first use in months was the actor's.
   */
  public static final AnalyticInfo FIRST_USE = new AnalyticInfo("0b9e4f6d-5c21-4a87-b3d0-7e6a1c9f2d48", "credential-first-use",
      "Credential with no use in the baseline used after it", Level.MEDIUM,
      List.of("attack.initial-access", "attack.t1078", "attack.t1078.004"));

  private final NewAddressConfig config;

  private NewAddress(NewAddressConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public static NewAddress of(NewAddressConfig config) {
    return new NewAddress(config);
  }

  public NewAddressConfig config() {
    return config;
  }

  @Override
  public AnalyticInfo info() {
    return INFO;
  }

  @Override
  public State newState() {
    return new State();
  }

  @Override
  public void accept(State s, Event e, AlertSink sink) {
    s.events++;
    for (CredentialUse u : CredentialUse.of(e, config)) {
      s.uses++;
      see(s, u);
      if (s.clock == null || u.time().isAfter(s.clock)) {
        s.clock = u.time();
      }
    }
    if (config.lateness() != null && s.clock != null) {
      decide(s, s.clock.minus(config.lateness()), sink);
    }
  }

  @Override
  public void advanceTo(State s, Instant now, AlertSink sink) {
    if (config.lateness() != null) {
      decide(s, now.minus(config.lateness()), sink);
    }
  }

  @Override
  public void finish(State s, AlertSink sink) {
    decide(s, null, sink);
  }

  @Override
  public AnalyticStats stats(State s) {
    Map<String, Long> c = new LinkedHashMap<>();
    c.put("events", s.events);
    c.put("credentialUses", s.uses);
    c.put("credentials", (long) s.credentials.size());
    c.put("addresses", s.sightings);
    c.put("credentialsEvicted", s.credentialsEvicted);
    c.put("addressesEvicted", s.addressesEvicted[0]);
    c.put("credentialsSaturated", s.saturated);
    c.put("credentialsIncomplete", s.incomplete);
    c.put("credentialsWithoutBaseline", s.withoutBaseline);
    c.put("newAddressesInKnownNetwork", s.knownNetwork);
    c.put("alertsOverCap", s.overCap);
    c.put("alerts", s.alerts);
    return new AnalyticStats(INFO, c);
  }

  private void see(State s, CredentialUse u) {
    if (s.earliest == null || u.time().isBefore(s.earliest)) {
      s.earliest = u.time();
    }
    AddressHistory h = s.credentials.get(u.key());
    if (h == null) {
      h = new AddressHistory(u.key(), u.type());
      h.incomplete = s.forgotten.mightContain(u.key());
      s.credentials.put(u.key(), h);
    }
    s.sightings += h.see(u, config.maxAddressesPerCredential(), s.addressesEvicted);
    s.dirty.add(h);
    // Forget least recently used credentials beyond the caps; never the one just used.
    Iterator<AddressHistory> it = s.credentials.values().iterator();
    while ((s.credentials.size() > config.maxCredentials() || s.sightings > config.maxSightings()) && it.hasNext()) {
      AddressHistory old = it.next();
      if (old == h) {
        break;
      }
      it.remove();
      s.dirty.remove(old);
      s.sightings -= old.size();
      s.credentialsEvicted++;
      s.forgotten.add(old.key);
    }
  }

  /** The end of the baseline: configured, or the earliest use plus the baseline length. */
  private Instant cutoff(State s) {
    if (config.baselineUntil() != null) {
      return config.baselineUntil();
    }
    return s.earliest == null ? null : s.earliest.plus(config.baseline());
  }

  /**
   * Judges every undecided sighting first used at or after the cutoff and, when {@code upTo} is
   * given (a stream), no later than it; raises alerts in time order. On a stream, once the
   * cutoff has been passed, only credentials used since the last decision are looked at.
   */
  private void decide(State s, Instant upTo, AlertSink sink) {
    Instant cutoff = cutoff(s);
    if (cutoff == null || upTo != null && upTo.isBefore(cutoff)) {
      return;
    }
    List<AddressHistory> todo = new ArrayList<>(upTo == null || !s.cutoffPassed ? s.credentials.values() : s.dirty);
    s.cutoffPassed = true;
    List<Alert> out = new ArrayList<>();
    for (AddressHistory h : todo) {
      if (judge(s, h, cutoff, upTo, out)) {
        s.dirty.remove(h);
      }
    }
    out.sort(Comparator.comparing(Alert::time).thenComparing(a -> a.entities().get("credential"))
        .thenComparing(a -> a.entities().get("ip")));
    for (Alert a : out) {
      s.alerts++;
      sink.alert(a);
    }
  }

  /** Judges one credential's new addresses; returns whether nothing of it is left to judge. */
  private boolean judge(State s, AddressHistory h, Instant cutoff, Instant upTo, List<Alert> out) {
    if (h.incomplete || h.evictedFrom != null && h.evictedFrom.isBefore(cutoff)) {
      if (!h.counted) {
        h.counted = true;
        if (h.incomplete) {
          s.incomplete++;
        } else {
          s.saturated++;
        }
      }
      return true;
    }
    List<Sighting> baseline = new ArrayList<>();
    List<Sighting> after = new ArrayList<>();
    for (Sighting x : h.sightings()) {
      (x.first.isBefore(cutoff) ? baseline : after).add(x);
    }
    if (baseline.isEmpty()) {
      if (!after.isEmpty() && !after.get(0).decided && upTo != null && after.get(0).first.isAfter(upTo)) {
        return false;
      }
      if (!after.isEmpty() && !after.get(0).decided) {
        s.withoutBaseline++;
        if (config.reportFirstUse()) {
          out.add(firstUse(h, after.get(0)));
        }
        // Without a baseline nothing later can be judged either: they are all "new".
        after.forEach(x -> x.decided = true);
      }
      return true;
    }
    Set<Long> asns = new TreeSet<>();
    List<byte[]> addresses = new ArrayList<>();
    for (Sighting b : baseline) {
      if (b.asn != null) {
        asns.add(b.asn);
      }
      addresses.add(Networks.parse(b.ip));
    }
    boolean done = true;
    for (Sighting x : after) {
      if (x.decided) {
        continue;
      }
      if (upTo != null && x.first.isAfter(upTo)) {
        done = false;
        continue;
      }
      x.decided = true;
      if (knownNetwork(x, asns, addresses)) {
        s.knownNetwork++;
      } else if (h.alerts >= config.maxAlertsPerCredential()) {
        s.overCap++;
      } else {
        h.alerts++;
        out.add(newAddress(h, x, baseline.size(), asns));
      }
    }
    return done;
  }

  private boolean knownNetwork(Sighting x, Set<Long> asns, List<byte[]> baseline) {
    if (x.asn != null && asns.contains(x.asn)) {
      return true;
    }
    byte[] ip = Networks.parse(x.ip);
    if (ip == null) {
      return false;
    }
    int bits = ip.length == 4 ? config.ipv4Prefix() : config.ipv6Prefix();
    if (bits >= ip.length * 8) {
      return false;
    }
    // Another ASN is another network even inside the same prefix; the prefix only speaks when
    // the log gives no ASN.
    if (x.asn != null && !asns.isEmpty()) {
      return false;
    }
    for (byte[] b : baseline) {
      if (Networks.samePrefix(ip, b, bits)) {
        return true;
      }
    }
    return false;
  }

  private static Alert newAddress(AddressHistory h, Sighting x, int baselineAddresses, Set<Long> asns) {
    Map<String, String> ent = entities(h, x);
    ent.put("baselineAddresses", Integer.toString(baselineAddresses));
    if (!asns.isEmpty()) {
      ent.put("baselineAsns", String.join(",", asns.stream().limit(10).map(String::valueOf).toList()));
    }
    String where = x.ip + (x.asn != null ? " (AS" + x.asn + (x.country != null ? ", " + x.country : "") + ")" : "");
    String summary = h.key + " used from " + where + " for the first time; in the baseline it was used from "
        + baselineAddresses + (baselineAddresses == 1 ? " address" : " addresses")
        + (asns.isEmpty() ? "" : " in AS" + String.join(", AS", asns.stream().limit(5).map(String::valueOf).toList()));
    return new Alert(INFO, INFO.level(), x.first, x.origin, ent, summary);
  }

  private static Alert firstUse(AddressHistory h, Sighting x) {
    Map<String, String> ent = entities(h, x);
    String summary = h.key + " used from " + x.ip + " with no use at all during the baseline";
    return new Alert(FIRST_USE, FIRST_USE.level(), x.first, x.origin, ent, summary);
  }

  private static Map<String, String> entities(AddressHistory h, Sighting x) {
    Map<String, String> ent = new HashMap<>();
    ent.put("credential", h.key);
    ent.put("credentialType", h.type);
    ent.put("ip", x.ip);
    ent.put("logsource", x.logsource);
    if (x.asn != null) {
      ent.put("asn", Long.toString(x.asn));
    }
    if (x.country != null) {
      ent.put("country", x.country);
    }
    if (x.principal != null) {
      ent.put("principal", x.principal);
    }
    return ent;
  }

  /** What one run learnt. Not thread-safe; create with {@link #newState()}. */
  public static final class State {
    /** Least recently used first, for eviction. */
    private final LinkedHashMap<String, AddressHistory> credentials = new LinkedHashMap<>(64, 0.75f, true);
    /** Credentials forgotten by the caps (a million bits: 128 KiB). */
    private final BloomSet forgotten = new BloomSet(1 << 20);
    private final long[] addressesEvicted = new long[1];
    /** Credentials used since the last decision (identity: one history per key). */
    private final Set<AddressHistory> dirty = new LinkedHashSet<>();
    private boolean cutoffPassed;
    private Instant earliest;
    private Instant clock;
    private long sightings;
    private long events;
    private long uses;
    private long credentialsEvicted;
    private long saturated;
    private long incomplete;
    private long withoutBaseline;
    private long knownNetwork;
    private long overCap;
    private long alerts;

    private State() {}
  }
}
