package io.bulkhead.scenario;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One {@code bulkhead.host/v1} report per host ({@code hosts/NAME.json}), as {@code triage
 * collect} writes it with the default profile: persistence locations, executables and recently
 * changed files, processes, sockets, users. The Atlassian server's report, collected during the
 * response on 23 November, holds the Sliver payload {@code jvm-agent} and its connection to
 * 198.244.174.214. A few hosts carry rare but benign tools, as any fleet does.
 */
final class HostReports {
  private static final String[][] COMMON = {
    {"/usr/bin/bash", "1396520", "root"}, {"/usr/bin/sudo", "232416", "root"}, {"/usr/sbin/sshd", "921736", "root"},
    {"/usr/bin/python3.10", "5904904", "root"}, {"/usr/local/bin/cloudflared", "38412288", "root"},
    {"/usr/local/bin/node_exporter", "19758736", "root"}, {"/usr/bin/salt-minion", "1024", "root"}};

  private final Org org;
  private final Path dir;
  private final boolean attack;

  HostReports(Org org, Path out, boolean attack) {
    this.org = org;
    this.dir = out.resolve("hosts");
    this.attack = attack;
  }

  void write() throws IOException {
    Buf b = new Buf();
    for (Fleet.Host h : org.fleet.hosts) {
      b.clear();
      render(b, h);
      try (OutputStream out = Sink.open(dir.resolve(h.name() + ".json"))) {
        b.writeTo(out);
      }
    }
  }

  private void render(Buf b, Fleet.Host h) {
    Rng rng = Rng.of(org.seed, "host", h.name());
    boolean atlassian = h.name().equals(Fleet.ATLASSIAN);
    long collected = atlassian ? Intrusion.nov(23, 19, 5, 12, 0)
        : Intrusion.nov(27, 8, 0, 0, 0) + (long) (rng.nextDouble() * 8 * TimeText.DAY);
    b.open().s("schema", "bulkhead.host/v1").obj("host").s("name", h.name()).s("os", h.os()).key("collectedAt");
    iso(b, collected).close();
    b.obj("limits").n("maxFileBytes", 104_857_600).arr("roots").el("/").closeArr().arr("skipped");
    for (String p : new String[] {"/proc", "/sys", "/dev"}) {
      b.elObj().s("path", p).s("why", "virtual").close();
    }
    b.closeArr().close().ch('\n');
    b.arr("files");
    for (String[] f : COMMON) {
      file(b, f[0], Long.parseLong(f[1]), "0755", f[2], Intrusion.nov(2, 3, 10, 0, 0) - 86_400_000L * 40, sha(f[0] + "@2023.10"));
    }
    roleFiles(b, h, rng);
    if (atlassian && attack) {
      file(b, "/opt/atlassian/jira/lib/" + Intrusion.PAYLOAD, 14_680_064, "0755", "jira", Intrusion.nov(22, 14, 18, 31, 0), Intrusion.SHA256);
    }
    b.closeArr().ch('\n').arr("processes");
    process(b, 1, "root", "/usr/lib/systemd/systemd", "/sbin/init");
    process(b, 611, "root", "/usr/sbin/sshd", "sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups");
    process(b, 702, "root", "/usr/local/bin/cloudflared", "/usr/local/bin/cloudflared --no-autoupdate tunnel run");
    if (h.role().equals("atlassian")) {
      process(b, 812, "jira", "/opt/atlassian/jira/jre/bin/java", "/opt/atlassian/jira/jre/bin/java -Xms2048m -Xmx8192m -classpath /opt/atlassian/jira/bin/bootstrap.jar org.apache.catalina.startup.Bootstrap start");
    }
    if (atlassian && attack) {
      process(b, 4242, "jira", "/opt/atlassian/jira/lib/" + Intrusion.PAYLOAD, "/opt/atlassian/jira/lib/" + Intrusion.PAYLOAD);
    }
    b.closeArr().ch('\n').arr("sockets");
    socket(b, h.ip() + ":22", "0.0.0.0:0", "LISTEN", 611);
    if (h.role().equals("atlassian")) {
      socket(b, h.ip() + ":8080", "0.0.0.0:0", "LISTEN", 812);
    }
    if (atlassian && attack) {
      socket(b, h.ip() + ":51432", Intrusion.C2 + ":443", "ESTABLISHED", 4242);
    }
    b.closeArr().ch('\n').arr("users");
    user(b, "root", 0, "/bin/bash");
    user(b, "ubuntu", 1000, "/bin/bash");
    if (h.role().equals("atlassian")) {
      user(b, "jira", 1001, "/bin/bash");
    }
    b.closeArr().ch('\n').arr("persistence");
    persistence(b, "systemd", "/etc/systemd/system/cloudflared.service",
        "[Unit]\nDescription=cloudflared\n[Service]\nExecStart=/usr/local/bin/cloudflared --no-autoupdate tunnel run\nRestart=always\n");
    persistence(b, "cron", "/etc/cron.d/node-exporter-textfile",
        "*/5 * * * * root /usr/local/bin/textfile-collector > /var/lib/node_exporter/textfile/host.prom\n");
    if (h.role().equals("atlassian")) {
      persistence(b, "systemd", "/etc/systemd/system/jira.service",
          "[Unit]\nDescription=Atlassian Jira\n[Service]\nType=forking\nUser=jira\nExecStart=/opt/atlassian/jira/bin/start-jira.sh\n");
    }
    persistence(b, "authorized-keys", "/home/ubuntu/.ssh/authorized_keys", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rng.base62(43) + " provisioning\n");
    b.closeArr().close().ch('\n');
  }

  /** Role-specific executables, and on a few hosts the rare tools a fleet analysis will surface. */
  private void roleFiles(Buf b, Fleet.Host h, Rng rng) {
    long month = Intrusion.nov(1, 0, 0, 0, 0);
    switch (h.role()) {
      case "atlassian" -> file(b, "/opt/atlassian/jira/bin/start-jira.sh", 1_806, "0755", "jira", month - 86_400_000L * 90, sha(h.name() + "start"));
      case "ci" -> file(b, "/usr/local/bin/buildkite-agent", 41_234_432, "0755", "root", month + 86_400_000L * 6, sha("buildkite-3.58.0"));
      case "k8s" -> file(b, "/usr/bin/kubelet", 106_811_392, "0755", "root", month - 86_400_000L * 20, sha("kubelet-1.27.7"));
      default -> { }
    }
    int r = rng.nextInt(1_000);
    if (r < 6) {
      file(b, "/usr/local/bin/perf-debug", 3_811_200, "0755", "root", month + 86_400_000L * (r + 3), sha("perf-debug"));
    } else if (r < 20) {
      file(b, "/opt/vendor/raidctl", 2_104_512, "0750", "root", month - 86_400_000L * 200, sha("raidctl-7.1"));
    }
  }

  private static void file(Buf b, String path, long size, String mode, String owner, long mtime, String sha) {
    b.elObj().s("path", path).n("size", size).s("mode", mode).s("owner", owner).key("mtime");
    iso(b, mtime).s("sha256", sha).close();
  }

  private static void process(Buf b, int pid, String user, String exe, String cmdline) {
    b.elObj().n("pid", pid).s("user", user).s("exe", exe).s("cmdline", cmdline).close();
  }

  private static void socket(Buf b, String local, String remote, String state, int pid) {
    b.elObj().s("proto", "tcp").s("local", local).s("remote", remote).s("state", state).n("pid", pid).close();
  }

  private static void user(Buf b, String name, int uid, String shell) {
    b.elObj().s("name", name).n("uid", uid).s("shell", shell).close();
  }

  private static void persistence(Buf b, String kind, String path, String content) {
    b.elObj().s("kind", kind).s("path", path).s("sha256", sha(content)).s("content", content).close();
  }

  private static Buf iso(Buf b, long t) {
    return TimeText.isoSeconds(b.ch('"'), t).ch('"');
  }

  static String sha(String content) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(d.digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
