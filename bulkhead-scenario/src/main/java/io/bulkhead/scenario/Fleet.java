package io.bulkhead.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The systems forensic triage covers: 4,893 at scale 1, proportionally fewer at smaller scales but
 * never below 50. The Atlassian servers, the São Paulo console server and the CI runners are
 * always among them; the rest are edge metals, Kubernetes nodes and core services.
 */
final class Fleet {
  static final int FULL = 4_893;
  static final int MIN = 50;

  /** A host: name, operating system, address, what it does. */
  record Host(String name, String os, String ip, String role) {}

  static final String ATLASSIAN = "atl-jira-01";
  static final String ATLASSIAN_IP = "10.0.3.4";
  static final String CONFLUENCE_IP = "10.0.3.5";
  static final String BITBUCKET_IP = "10.0.3.6";
  static final String CONSOLE = "gru-console-01";
  static final String CONSOLE_IP = "10.116.8.21";
  static final String[] RUNNER_IPS = {"10.2.0.11", "10.2.0.12", "10.2.0.13"};
  static final String BACKUP_IP = "10.2.9.14";

  private static final String[] COLOS = {
    "sjc", "dfw", "ewr", "sea", "ord", "iad", "lhr", "man", "lis", "fra", "cdg", "ams", "dub", "waw",
    "sin", "nrt", "syd", "bom", "mex", "yyz", "gru", "icn", "dxb", "otp", "mad", "arn", "hkg", "jnb"};

  final List<Host> hosts;

  Fleet(double scale) {
    int count = Math.max(MIN, (int) Math.round(FULL * scale));
    List<Host> h = new ArrayList<>(count);
    h.add(new Host(ATLASSIAN, "linux", ATLASSIAN_IP, "atlassian"));
    h.add(new Host("atl-confluence-01", "linux", CONFLUENCE_IP, "atlassian"));
    h.add(new Host("atl-bitbucket-01", "linux", BITBUCKET_IP, "atlassian"));
    h.add(new Host(CONSOLE, "linux", CONSOLE_IP, "console"));
    for (int i = 0; i < RUNNER_IPS.length; i++) {
      h.add(new Host("ci-runner-0" + (i + 1), "linux", RUNNER_IPS[i], "ci"));
    }
    h.add(new Host("backup-01", "linux", BACKUP_IP, "core"));
    h.add(new Host("vault-01", "linux", "10.0.5.10", "core"));
    h.add(new Host("pg-primary-01", "linux", "10.0.6.21", "core"));
    int k8s = Math.max(6, count / 12);
    int core = Math.max(4, count / 40);
    for (int i = 1; h.size() < count && i <= k8s; i++) {
      h.add(new Host(String.format(Locale.ROOT, "k8s-node-%03d", i), "linux", "10.4." + (i / 250) + "." + (i % 250 + 2), "k8s"));
    }
    String[] services = {"kafka", "clickhouse", "prometheus", "alertmanager", "build", "release", "salt-master", "netconf"};
    for (int i = 1; h.size() < count && i <= core; i++) {
      String s = services[i % services.length];
      h.add(new Host(String.format(Locale.ROOT, "%s-%02d", s, i / services.length + 1), "linux",
          "10.0." + (10 + i / 200) + "." + (i % 200 + 10), "core"));
    }
    int metal = 0;
    while (h.size() < count) {
      String colo = COLOS[metal % COLOS.length];
      int n = metal / COLOS.length + 1;
      h.add(new Host(String.format(Locale.ROOT, "%s01-m%03d", colo, n), "linux",
          "10.16" + "." + (metal / 250 % 250) + "." + (metal % 250 + 2), "edge"));
      metal++;
    }
    this.hosts = List.copyOf(h);
  }
}
