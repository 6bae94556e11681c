package io.bulkhead.scenario;

import io.bulkhead.findings.Findings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The answer key's refusals and indicator hits, counted record by record from the written steps. */
final class KeyParts {
  private KeyParts() {}

  /** Refused attempts whose principal the log names, grouped by system, principal and action. */
  static List<Findings.Denied> denied(List<Step> acts) {
    Map<String, Object[]> groups = new LinkedHashMap<>();
    for (Step s : acts) {
      if (s.act != Step.Act.DENIED || s.principal == null || s.kind == Step.Kind.ACCESS_LOGIN || s.kind == Step.Kind.FIREWALL) {
        continue;
      }
      String[] k = switch (s.kind) {
        case OKTA_DENIED -> new String[] {"okta", s.principal, "login"};
        case ACCESS_DENIED -> new String[] {"cloudflare-access", s.principal, "login"};
        case AWS_CALL -> new String[] {"aws", s.principal, "api-call"};
        case GATEWAY_NET -> new String[] {"cloudflare-gateway", s.principal, "connect"};
        case WEB -> new String[] {s.system, s.principal, s.system.equals("cloudflare-access") ? "login" : "view"};
        default -> null;
      };
      if (k == null) {
        continue;
      }
      Object[] g = groups.computeIfAbsent(String.join("|", k), x -> new Object[] {k, s.primaryAt, 0L});
      g[2] = (Long) g[2] + 1;
    }
    List<Findings.Denied> out = new ArrayList<>();
    for (Object[] g : groups.values()) {
      String[] k = (String[]) g[0];
      out.add(new Findings.Denied(k[0], k[1], k[2], Instant.ofEpochMilli((Long) g[1]), (Long) g[2]));
    }
    return out;
  }

  /** For each published network indicator: how many records carry it, when, in which logs. */
  static List<Findings.IocHit> iocHits(List<Step> steps) {
    List<Findings.IocHit> out = new ArrayList<>();
    String[][] iocs = {{Intrusion.IP_A, "ipv4"}, {Intrusion.C2, "ipv4"}, {Intrusion.PAYLOAD_DOMAIN, "domain"}};
    for (String[] ioc : iocs) {
      long count = 0;
      long first = Long.MAX_VALUE;
      long last = Long.MIN_VALUE;
      TreeSet<String> sources = new TreeSet<>();
      for (Step s : steps) {
        if (!s.iocs.contains(ioc[0])) {
          continue;
        }
        Map<String, long[]> records = records(s);
        for (var e : records.entrySet()) {
          sources.add(e.getKey());
          count += e.getValue()[0];
          first = Math.min(first, e.getValue()[1]);
          last = Math.max(last, e.getValue()[2]);
        }
      }
      if (count > 0) {
        out.add(new Findings.IocHit(ioc[0], ioc[1], count, Instant.ofEpochMilli(first), Instant.ofEpochMilli(last),
            List.copyOf(sources)));
      }
    }
    return out;
  }

  /** The records a step wrote, per log source: count, earliest and latest time. */
  private static Map<String, long[]> records(Step s) {
    Map<String, long[]> m = new TreeMap<>();
    boolean edgeOnly = s.edge != null && s.edge.equals(s.primary);
    if (s.edge != null) {
      m.put("cloudflare-http-requests", new long[] {1, s.edgeAt, s.edgeAt});
    }
    if (!edgeOnly) {
      String src = logsource(s);
      m.put(src, new long[] {s.system.equals("bitbucket") && s.kind == Step.Kind.WEB ? 2 : 1, s.primaryAt, s.primaryAt});
    }
    return m;
  }

  static String logsource(Step s) {
    return switch (s.kind) {
      case OKTA_DENIED -> "okta";
      case ACCESS_DENIED, ACCESS_LOGIN -> "cloudflare-access-requests";
      case AWS_CALL -> "cloudtrail";
      case AUDIT -> "atlassian-audit";
      case GATEWAY_HTTP -> "cloudflare-gateway-http";
      case GATEWAY_NET -> "cloudflare-gateway-network";
      case FIREWALL -> "cloudflare-firewall";
      case CF_AUDIT -> "cloudflare-audit";
      case WEB -> switch (s.system) {
        case "jira" -> "jira-access";
        case "confluence" -> "confluence-access";
        case "bitbucket" -> "bitbucket-access";
        default -> "cloudflare-http-requests";
      };
    };
  }
}
