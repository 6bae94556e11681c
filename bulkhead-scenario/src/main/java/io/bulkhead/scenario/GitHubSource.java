package io.bulkhead.scenario;

import io.bulkhead.event.Origin;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The GitHub organisation's audit log for one day (the open-source side of engineering), exported
 * from the REST API one event a line: pushes by engineers, clones by CI, workflow runs, the
 * release bot's API requests with its personal access token (a token its owner marked unused),
 * repositories created, members added. Times are epoch milliseconds, as GitHub writes them.
 */
final class GitHubSource implements DaySource {
  static final String SINK = "github";
  static final int ORG_ID = 7_711;
  static final int BUSINESS_ID = 4_401;

  final Rng rng;

  GitHubSource(Org org, int day) {
    this.rng = Rng.of(org.seed, "github-render", day);
  }

  @Override
  public String group() {
    return "github";
  }

  @Override
  public void open(DayRun run) {
    Path file = run.root.resolve("logs").resolve("github").resolve("org-audit-log-" + TimeText.isoDate(run.start) + ".json");
    run.sink(SINK, new Sink.Daily(run.root, "github-audit", file, null, 0));
  }

  @Override
  public void sessions(DayRun run, List<Session> out) {
    Org org = run.org;
    int[] order = {0};
    Plans.around(org, run.day, (p, plan) -> {
      Rng r = Rng.of(org.seed, "github-pushes", p.index(), plan.day());
      for (int i = 0; i < plan.githubPushes(); i++) {
        long t = plan.workStart() + (long) (r.nextDouble() * (plan.workEnd() - plan.workStart()));
        WebSource.add(run, out, order, t, (dr, s, rng) -> dr.push(event(s, "git.push", p.username(), 100_000 + p.index(),
            plan.addr().place().cc().toUpperCase(java.util.Locale.ROOT), repo(rng), Agents.GIT, null, null)));
      }
    });
    int clones = org.scaled(2_000, 20);
    for (int i = 0; i < clones; i++) {
      long t = run.start + (long) (run.rng.nextDouble() * TimeText.DAY);
      WebSource.add(run, out, order, t, (dr, s, rng) -> {
        String repo = repo(rng);
        dr.push(event(s, "git.clone", "github-actions[bot]", 41_898_282, "US", repo, Agents.GIT, null, null));
        if (rng.chance(0.3)) {
          dr.push(event(s + rng.between(60_000, 900_000), "workflows.completed_workflow_run", "github-actions[bot]", 41_898_282,
              "US", repo, Agents.GITHUB_ACTIONS, null, null));
        }
      });
    }
    Credential bot = org.ledger.named(Ledger.RELEASE_BOT);
    int calls = org.scaled(40, 8);
    for (int i = 0; i < calls; i++) {
      long t = run.start + 14 * 3_600_000L + (long) (run.rng.nextDouble() * 6 * 3_600_000L);
      WebSource.add(run, out, order, t, (dr, s, rng) -> {
        GhEvent e = event(s, "api.request", "release-bot", 90_311, "US", null, Agents.OCTOKIT, bot.identifier("github_token_id"), bot.id());
        e.route = rng.pick(new String[] {"/repos/{owner}/{repo}/releases", "/repos/{owner}/{repo}/git/refs", "/repos/{owner}/{repo}/tags"});
        dr.push(e);
      });
    }
    if (!Robots.weekend(run.day)) {
      WebSource.add(run, out, order, run.start + 16 * 3_600_000L, (dr, s, rng) -> {
        Person p = dr.org.people.get(rng.nextInt(dr.org.people.size()));
        dr.push(event(s, "repo.create", p.username(), 100_000 + p.index(), "US", repo(rng), p.browser().raw(), null, null));
      });
    }
  }

  private static String repo(Rng rng) {
    return Org.GITHUB_ORG + "/" + rng.pick(Names.TOPICS) + rng.pick(Names.REPO_SUFFIX);
  }

  static GhEvent event(long t, String action, String actor, int actorId, String cc, String repo, String ua, String tokenId,
      String watch) {
    GhEvent e = new GhEvent(t);
    e.action = action;
    e.actor = actor;
    e.actorId = actorId;
    e.cc = cc;
    e.repo = repo;
    e.ua = ua;
    e.tokenId = tokenId;
    e.watch = watch;
    return e;
  }

  /** One audit-log event. */
  static final class GhEvent extends Ev {
    String action;
    String actor;
    int actorId;
    String cc;
    String repo;
    String ua;
    String tokenId;
    String route;
    String watch;

    GhEvent(long t) {
      super(t);
    }

    @Override
    void emit(DayRun run) throws IOException {
      Rng rng = ((GitHubSource) run.source).rng;
      Buf b = run.buf();
      b.open().n("@timestamp", t).s("_document_id", rng.base62(22)).s("action", action).s("actor", actor)
          .n("actor_id", actorId).b("actor_is_bot", actor.endsWith("[bot]")).obj("actor_location").s("country_code", cc).close()
          .s("business", Org.GITHUB_ORG).n("business_id", BUSINESS_ID).n("created_at", t);
      if (tokenId != null) {
        b.s("hashed_token", java.util.Base64.getEncoder().encodeToString(Rng.of(7, tokenId).hex(32).getBytes(java.nio.charset.StandardCharsets.US_ASCII)).substring(0, 43) + "=");
      }
      switch (action) {
        case "api.request" -> b.s("org", Org.GITHUB_ORG).n("org_id", ORG_ID).s("request_category", "api")
            .s("request_method", route.endsWith("releases") ? "POST" : "GET").s("route", route)
            .n("status_code", route.endsWith("releases") ? 201 : 200).n("token_id", Long.parseLong(tokenId))
            .s("token_scopes", "repo,workflow");
        case "repo.create" -> b.s("operation_type", "create").s("org", Org.GITHUB_ORG).n("org_id", ORG_ID)
            .b("public_repo", true).s("repo", repo).n("repo_id", 500_000 + Math.floorMod(repo.hashCode(), 400_000))
            .s("request_access_security_header", "").s("request_category", "repo");
        case "workflows.completed_workflow_run" -> b.s("event", "push").s("operation_type", "modify").s("org", Org.GITHUB_ORG)
            .n("org_id", ORG_ID).s("repo", repo).n("workflow_id", 60_000_000 + Math.floorMod(repo.hashCode(), 900_000));
        default -> b.s("operation_type", "access").s("org", Org.GITHUB_ORG).n("org_id", ORG_ID)
            .s("programmatic_access_type", actor.endsWith("[bot]") ? "GitHub App server-to-server token" : "personal_access_token")
            .s("repo", repo).n("repo_id", 500_000 + Math.floorMod(repo.hashCode(), 400_000)).s("repository", repo)
            .b("repository_public", true);
      }
      b.s("user_agent", ua);
      if (action.equals("repo.create")) {
        b.s("visibility", "public");
      }
      b.close();
      Origin o = run.sink(SINK).write(t, b, false);
      if (watch != null) {
        run.used(watch, t, o);
      }
    }
  }
}
