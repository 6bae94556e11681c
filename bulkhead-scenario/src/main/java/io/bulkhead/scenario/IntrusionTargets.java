package io.bulkhead.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the intruder read: 36 Jira issues and 202 Confluence pages about vulnerability management,
 * secret rotation, MFA, network access, remote access and the Okta response; 120 repositories
 * viewed and 76 of them archived (backups, network configuration, identity, remote access,
 * Terraform, Kubernetes). Also the few it was refused or that did not exist. Chosen once, from the
 * seed, among the catalogue's sensitive projects, spaces and repositories.
 */
final class IntrusionTargets {
  static final int ISSUES = 36;
  static final int PAGES = 202;
  static final int REPOS_VIEWED = 120;
  static final int REPOS_ARCHIVED = 76;

  final List<String> issues = new ArrayList<>();
  final List<String> refusedIssues = new ArrayList<>();
  final List<String> missingIssues = new ArrayList<>();
  final List<Catalogue.Page> pages = new ArrayList<>();
  final List<Catalogue.Page> refusedPages = new ArrayList<>();
  final List<Long> missingPages = new ArrayList<>();
  final List<Catalogue.Repo> repos = new ArrayList<>();
  final List<Catalogue.Repo> archived = new ArrayList<>();

  IntrusionTargets(Catalogue cat, Rng rng) {
    Set<String> seen = new HashSet<>();
    String[] projects = Catalogue.SENSITIVE_PROJECTS;
    for (int i = 0; issues.size() < ISSUES; i++) {
      String k = cat.issueIn(rng, cat.project(projects[i % projects.length]));
      if (seen.add(k)) {
        issues.add(k);
      }
    }
    while (refusedIssues.size() < 3) {
      String k = cat.issueIn(rng, cat.project(rng.chance(0.5) ? "SECOPS" : "IR"));
      if (seen.add(k)) {
        refusedIssues.add(k);
      }
    }
    for (String key : new String[] {"NET", "VULN"}) {
      Catalogue.Project p = cat.project(key);
      missingIssues.add(key + "-" + (p.size() + rng.between(20, 900)));
    }
    choosePages(cat, rng);
    chooseRepos(cat, rng);
  }

  private void choosePages(Catalogue cat, Rng rng) {
    Set<String> sensitive = Set.of(Catalogue.SENSITIVE_SPACES);
    List<Catalogue.Page> hot = new ArrayList<>();
    List<Catalogue.Page> rest = new ArrayList<>();
    Set<Long> ids = new HashSet<>();
    for (Catalogue.Page p : cat.pages) {
      ids.add(p.id());
      if (sensitive.contains(p.space())) {
        (isHot(p.title()) ? hot : rest).add(p);
      }
    }
    LinkedHashSet<Catalogue.Page> chosen = new LinkedHashSet<>();
    shuffle(hot, rng);
    shuffle(rest, rng);
    for (Catalogue.Page p : hot) {
      if (chosen.size() < PAGES / 2) {
        chosen.add(p);
      }
    }
    for (Catalogue.Page p : rest) {
      if (chosen.size() < PAGES + 4) {
        chosen.add(p);
      }
    }
    List<Catalogue.Page> all = new ArrayList<>(chosen);
    shuffle(all, rng);
    pages.addAll(all.subList(0, PAGES));
    refusedPages.addAll(all.subList(PAGES, PAGES + 4));
    for (int i = 0; missingPages.size() < 3; i++) {
      long id = all.get(i).id() + 1 + rng.nextInt(3);
      if (!ids.contains(id)) {
        missingPages.add(id);
      }
    }
  }

  static boolean isHot(String title) {
    String t = title.toLowerCase(java.util.Locale.ROOT);
    for (String w : new String[] {"remote access", "secret", "openconnect", "cloudflared", "token", "mfa", "salt", "vpn",
        "ssh", "vault", "okta", "break-glass", "rotation"}) {
      if (t.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private void chooseRepos(Catalogue cat, Rng rng) {
    List<String> order = List.of("BACKUP", "NET", "IAM", "ACCESS", "TF", "K8S", "INFRA", "SALT");
    List<List<Catalogue.Repo>> byProject = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      byProject.add(new ArrayList<>());
    }
    for (Catalogue.Repo r : cat.repos) {
      int i = order.indexOf(r.project());
      if (i >= 0) {
        byProject.get(i).add(r);
      }
    }
    LinkedHashSet<Catalogue.Repo> chosen = new LinkedHashSet<>();
    for (int round = 0; chosen.size() < REPOS_VIEWED && round < 1_000; round++) {
      for (List<Catalogue.Repo> l : byProject) {
        if (round < l.size() && chosen.size() < REPOS_VIEWED) {
          chosen.add(l.get(round));
        }
      }
    }
    while (chosen.size() < REPOS_VIEWED) {
      chosen.add(cat.repo(rng));
    }
    repos.addAll(chosen);
    // The archives are the first ones met in the sensitivity order: backups, network, identity, ...
    archived.addAll(repos.subList(0, REPOS_ARCHIVED));
    shuffle(repos, rng);
  }

  private static <T> void shuffle(List<T> l, Rng rng) {
    for (int i = l.size() - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      T t = l.get(i);
      l.set(i, l.get(j));
      l.set(j, t);
    }
  }
}
