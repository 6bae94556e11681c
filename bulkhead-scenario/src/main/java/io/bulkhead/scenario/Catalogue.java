package io.bulkhead.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the Atlassian systems hold: the incident's denominators at every scale. Jira issues are
 * never materialised (a key is a project and a number below its size); Confluence pages and
 * Bitbucket repositories are few enough to list. Projects, spaces and repositories whose topic is
 * sensitive (network, secrets, identity, remote access, infrastructure code) come first.
 */
final class Catalogue {
  static final long JIRA_ISSUES = 2_059_357;
  static final int CONFLUENCE_PAGES = 14_099;
  static final int BITBUCKET_REPOS = 11_904;

  /** Jira projects whose tickets the intruder read: vulnerability management, secret rotation, MFA, network access, the Okta response. */
  static final String[] SENSITIVE_PROJECTS = {"VULN", "SECOPS", "IAM", "NET", "IR", "SALT", "ACCESS", "INFRA"};
  static final String[] SENSITIVE_SPACES = {"NET", "SEC", "SRE", "ACCESS", "INFRA", "IT", "IAM"};
  static final String[] SENSITIVE_BB = {"INFRA", "NET", "IAM", "BACKUP", "K8S", "TF", "SALT", "ACCESS"};

  record Project(String key, long size) {}

  record Page(long id, String space, String title) {
    /** The title as {@code /display/SPACE/Title} writes it. */
    String urlTitle() {
      return title.replace(' ', '+');
    }
  }

  record Repo(String project, String slug) {
    /** The canonical id of the contract: {@code project/slug} in lower case. */
    String id() {
      return (project + "/" + slug).toLowerCase(Locale.ROOT);
    }
  }

  final List<Project> projects;
  private final double[] projectCum;
  final List<String> spaces;
  final List<Page> pages;
  final List<String> bbProjects;
  final List<Repo> repos;

  Catalogue(long seed) {
    Rng rng = Rng.of(seed, "catalogue");
    this.projects = projects(rng);
    this.projectCum = new double[projects.size()];
    double s = 0;
    for (int i = 0; i < projects.size(); i++) {
      s += Math.sqrt(projects.get(i).size()); // bigger projects are busier, less than proportionally
      projectCum[i] = s;
    }
    this.spaces = keys(rng, SENSITIVE_SPACES, 320);
    this.pages = pages(rng, spaces);
    this.bbProjects = keys(rng, SENSITIVE_BB, 620);
    this.repos = repos(rng, bbProjects);
  }

  private static List<String> keys(Rng rng, String[] first, int n) {
    Set<String> keys = new LinkedHashSet<>(List.of(first));
    for (String t : Names.TOPICS) {
      keys.add(abbreviate(t));
    }
    while (keys.size() < n) {
      String t = rng.pick(Names.TOPICS);
      String u = rng.pick(Names.TOPICS);
      keys.add((abbreviate(t) + abbreviate(u)).substring(0, Math.min(6, abbreviate(t).length() + 2)) + rng.between(1, 9));
    }
    return List.copyOf(keys).subList(0, n);
  }

  private static String abbreviate(String topic) {
    String t = topic.replace("-", "").toUpperCase(Locale.ROOT);
    return t.length() <= 5 ? t : t.substring(0, 4);
  }

  private static List<Project> projects(Rng rng) {
    List<String> keys = keys(rng, SENSITIVE_PROJECTS, 420);
    double[] w = new double[keys.size()];
    double total = 0;
    for (int i = 0; i < w.length; i++) {
      // Zipf-like sizes, shuffled a little so the sensitive projects are mid-sized.
      w[i] = 1.0 / Math.pow(i + 3, 0.85) * (0.6 + rng.nextDouble());
      total += w[i];
    }
    List<Project> out = new ArrayList<>();
    long assigned = 0;
    for (int i = 0; i < w.length; i++) {
      long size = Math.max(40, Math.round(JIRA_ISSUES * w[i] / total));
      out.add(new Project(keys.get(i), size));
      assigned += size;
    }
    // Rounding leaves the sum a little off; the largest project absorbs the difference.
    int big = 0;
    for (int i = 1; i < out.size(); i++) {
      if (out.get(i).size() > out.get(big).size()) {
        big = i;
      }
    }
    out.set(big, new Project(out.get(big).key(), out.get(big).size() + JIRA_ISSUES - assigned));
    return List.copyOf(out);
  }

  private static List<Page> pages(Rng rng, List<String> spaces) {
    List<Page> out = new ArrayList<>(CONFLUENCE_PAGES);
    Set<String> seen = new HashSet<>();
    long id = 18_350_081L;
    int sensitive = SENSITIVE_SPACES.length;
    for (int i = 0; i < CONFLUENCE_PAGES; i++) {
      // A third of the wiki lives in the engineering spaces listed first.
      String space = rng.chance(0.3) ? spaces.get(rng.nextInt(sensitive)) : spaces.get(rng.zipf(spaces.size(), 0.6));
      String title = title(rng, space);
      while (!seen.add(space + "/" + title)) {
        title = title + " " + rng.between(2, 99);
      }
      id += rng.between(1, 1800);
      out.add(new Page(id, space, title));
    }
    return List.copyOf(out);
  }

  /** Titles an engineering wiki has; some carry the words engineers (and the intruder) search for. */
  private static String title(Rng rng, String space) {
    String topic = rng.pick(Names.TOPICS).replace('-', ' ');
    String word = rng.pick(Names.TITLE_WORDS);
    if (rng.chance(0.06)) {
      String[] hot = {"Remote access runbook", "cloudflared tunnel setup", "Rotating client-secret values",
        "OpenConnect fallback VPN", "API token inventory", "Secret rotation checklist", "Service token policy",
        "SSH access to core servers", "Salt master configuration", "Break-glass access", "MFA bypass procedure",
        "Okta support case HAR files", "Vault secret engines", "cloudflared on servers", "Remote access for contractors"};
      return rng.pick(hot) + (rng.chance(0.5) ? " - " + topic : "");
    }
    String t = rng.chance(0.5) ? word + " " + topic : capital(topic) + " " + word.toLowerCase(Locale.ROOT);
    return capital(t);
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static List<Repo> repos(Rng rng, List<String> projects) {
    List<Repo> out = new ArrayList<>(BITBUCKET_REPOS);
    Set<String> seen = new HashSet<>();
    int sensitive = SENSITIVE_BB.length;
    while (out.size() < BITBUCKET_REPOS) {
      String p = rng.chance(0.15) ? projects.get(rng.nextInt(sensitive)) : projects.get(rng.zipf(projects.size(), 0.5));
      String slug = rng.pick(Names.TOPICS) + rng.pick(Names.REPO_SUFFIX);
      if (rng.chance(0.35)) {
        slug = rng.pick(Names.TOPICS) + "-" + slug;
      }
      if (seen.add(p + "/" + slug)) {
        out.add(new Repo(p, slug));
      }
    }
    return List.copyOf(out);
  }

  /** A Jira issue key people are likely to look at: busy projects, recent issues. */
  String issue(Rng rng) {
    Project p = projects.get(rng.weighted(projectCum));
    return issueIn(rng, p);
  }

  String issueIn(Rng rng, Project p) {
    double u = rng.nextDouble();
    long n = p.size() - (long) (p.size() * u * u * u);
    return p.key() + "-" + Math.max(1, Math.min(p.size(), n));
  }

  Project project(String key) {
    for (Project p : projects) {
      if (p.key().equals(key)) {
        return p;
      }
    }
    throw new IllegalArgumentException("no project " + key);
  }

  /** A page, skewed towards popular ones. */
  Page page(Rng rng) {
    return pages.get(CONFLUENCE_PAGES - 1 - rng.zipf(CONFLUENCE_PAGES, 0.8));
  }

  Repo repo(Rng rng) {
    return repos.get(rng.zipf(BITBUCKET_REPOS, 0.7));
  }

  String jiraProject(Rng rng) {
    return projects.get(rng.weighted(projectCum)).key();
  }
}
