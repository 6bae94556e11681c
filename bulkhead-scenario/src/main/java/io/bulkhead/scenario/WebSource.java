package io.bulkhead.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Jira, Confluence and Bitbucket traffic for one day, with the Cloudflare {@code http_requests}
 * records of the part that passes the edge. People's visits follow their day plans; automation
 * (CI builds, the nightly repository backup and mirror, an uptime probe, a CRM connector) follows
 * its schedule. The intrusion's requests are queued with the rest and written the same way.
 */
final class WebSource implements DaySource {
  static final String JIRA = "jira";
  static final String WIKI = "wiki";
  static final String BITBUCKET = "bitbucket";
  static final String HTTP = "http";

  final Rng rng;
  private long jiraCount;
  private long bitbucketCount;
  private int thread = 1;

  WebSource(Org org, int day) {
    this.rng = Rng.of(org.seed, "web-render", day);
  }

  @Override
  public String group() {
    return "web";
  }

  @Override
  public void open(DayRun run) {
    Path logs = run.root.resolve("logs");
    String date = TimeText.isoDate(run.start);
    run.sink(JIRA, new Sink.Daily(run.root, "jira-access", logs.resolve("jira").resolve("access_log." + date), null, 0));
    run.sink(WIKI, new Sink.Daily(run.root, "confluence-access",
        logs.resolve("confluence").resolve("conf_access_log" + date + ".log"), null, 0));
    run.sink(BITBUCKET, new Sink.Daily(run.root, "bitbucket-access",
        logs.resolve("bitbucket").resolve("atlassian-bitbucket-access-" + date + ".0.log"), null, 0));
    run.sink(HTTP, new Logpush(run.root, "cloudflare-http-requests",
        logs.resolve("cloudflare").resolve("http_requests"), Rng.of(run.org.seed, "logpush-http", run.day)));
  }

  @Override
  public void sessions(DayRun run, List<Session> out) {
    Org org = run.org;
    int[] order = {0};
    Plans.around(org, run.day, (p, plan) -> {
      for (long t : plan.jira()) {
        add(run, out, order, t, new JiraVisit(p, plan));
      }
      for (long t : plan.wiki()) {
        add(run, out, order, t, new WikiVisit(p, plan));
      }
      for (long t : plan.bitbucket()) {
        add(run, out, order, t, new BitbucketVisit(p, plan));
      }
    });
    Robots.sessions(run, out, order);
    AdminTraffic.sessions(run, out, order);
  }

  static void add(DayRun run, List<Session> out, int[] order, long t, Session.Body body) {
    if (t >= run.start && t < run.end) {
      out.add(new Session(t, order[0]++, run.rng.nextLong(), body));
    }
  }

  /** Jira's request id: minute of the day, request number, users active (Atlassian's format). */
  String nextJiraId(long t) {
    jiraCount++;
    return TimeText.minuteOfDay(t) + "x" + jiraCount + "x" + (1 + (int) (jiraCount % 37));
  }

  /** Bitbucket's request id, shared by a request's incoming and outgoing lines. */
  String nextBitbucketId(long t) {
    bitbucketCount++;
    return rng.base36(6).toUpperCase(java.util.Locale.ROOT) + "x" + TimeText.minuteOfDay(t) + "x" + bitbucketCount + "x"
        + (bitbucketCount % 5);
  }

  /** Tomcat's worker thread, cycling through a pool of 48 as threads pick up requests. */
  int thread() {
    thread = Math.min(48, thread % 48 + 1 + (rng.nextInt(3) == 0 ? rng.nextInt(5) : 0));
    return thread;
  }

  @Override
  public void close(DayRun run) throws IOException {
    run.closeSinks();
  }
}
