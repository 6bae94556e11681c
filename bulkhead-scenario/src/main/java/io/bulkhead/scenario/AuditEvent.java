package io.bulkhead.scenario;

import io.bulkhead.event.Origin;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * An Atlassian Data Center audit-file record (the shared "Atlassian Audit" framework of Jira,
 * Confluence and Bitbucket): affected objects, audit type, author, changed values, extra
 * attributes, method, source address, system URL and {@code {epochSecond, nano}} timestamp. Audit
 * logs record changes only: users, groups, permissions, projects, tokens, apps; never reads.
 */
final class AuditEvent extends Ev {
  /** An audit type: English action, its i18n key, area, category and the category's i18n key. */
  record Type(String action, String key, String area, String category, String categoryKey) {}

  static final Type JIRA_USER_CREATED = new Type("User created", "jira.auditing.user.created", "USER_MANAGEMENT", "user management", "jira.auditing.category.usermanagement");
  static final Type JIRA_USER_UPDATED = new Type("User updated", "jira.auditing.user.updated", "USER_MANAGEMENT", "user management", "jira.auditing.category.usermanagement");
  static final Type JIRA_ADDED_TO_GROUP = new Type("User added to group", "jira.auditing.user.added.to.group", "USER_MANAGEMENT", "group management", "jira.auditing.category.groupmanagement");
  static final Type JIRA_PROJECT_CREATED = new Type("Project created", "jira.auditing.project.created", "LOCAL_CONFIG_AND_ADMINISTRATION", "projects", "jira.auditing.category.projects");
  static final Type JIRA_SCHEME_UPDATED = new Type("Permission scheme updated", "jira.auditing.permission.scheme.updated", "PERMISSIONS", "permissions", "jira.auditing.category.permissions");
  static final Type JIRA_PAT_CREATED = new Type("Personal access token created", "personal.access.tokens.audit.log.summary.token.created", "SECURITY", "Security", "personal.access.tokens.audit.log.category");
  static final Type WIKI_USER_CREATED = new Type("User created", "audit.logging.summary.user.created", "USER_MANAGEMENT", "Users and groups", "audit.logging.category.user.management");
  static final Type WIKI_ADDED_TO_GROUP = new Type("User added to group", "audit.logging.summary.group.membership.added", "USER_MANAGEMENT", "Users and groups", "audit.logging.category.user.management");
  static final Type WIKI_SPACE_CREATED = new Type("Space created", "audit.logging.summary.space.created", "LOCAL_CONFIG_AND_ADMINISTRATION", "Spaces", "audit.logging.category.spaces");
  static final Type WIKI_SPACE_PERMISSION = new Type("Space permission added", "audit.logging.summary.space.permission.added", "PERMISSIONS", "Permissions", "audit.logging.category.permissions");
  static final Type BB_REPO_CREATED = new Type("Repository created", "bitbucket.service.repository.audit.action.repositorycreated", "LOCAL_CONFIG_AND_ADMINISTRATION", "Repositories", "bitbucket.service.audit.category.repositories");
  static final Type BB_ADDED_TO_GROUP = new Type("User added to user group", "bitbucket.service.user.audit.action.groupmembershipscreated.user", "USER_MANAGEMENT", "Users and groups", "bitbucket.service.audit.category.usersandgroups");
  static final Type BB_PAT_CREATED = new Type("Personal access token created", "bitbucket.access.tokens.audit.action.tokencreated", "SECURITY", "Security", "bitbucket.service.audit.category.security");

  final String product;
  final Type type;
  String authorId;
  String authorName;
  String authorType = "user";
  String source;
  /** Affected objects: {@code type, id, name} triples; a null id is left out (Jira groups). */
  final List<String> affected = new ArrayList<>();
  /** Changed values: {@code key, i18nKey, from, to} quadruples; a null from is left out. */
  final List<String> changed = new ArrayList<>();
  /** Extra attributes: {@code name, nameI18nKey, value} triples. */
  final List<String> extra = new ArrayList<>();
  Step step;

  AuditEvent(long t, String product, Type type) {
    super(t);
    this.product = product;
    this.type = type;
  }

  AuditEvent author(String id, String name) {
    authorId = id;
    authorName = name;
    return this;
  }

  AuditEvent affect(String type, String id, String name) {
    affected.add(type);
    affected.add(id);
    affected.add(name);
    return this;
  }

  AuditEvent change(String key, String i18n, String from, String to) {
    changed.add(key);
    changed.add(i18n);
    changed.add(from);
    changed.add(to);
    return this;
  }

  @Override
  boolean planted() {
    return step != null;
  }

  @Override
  void emit(DayRun run) throws IOException {
    Buf b = run.buf();
    b.open().arr("affectedObjects");
    for (int i = 0; i < affected.size(); i += 3) {
      b.elObj();
      if (affected.get(i + 1) != null) {
        b.s("id", affected.get(i + 1));
      }
      b.s("name", affected.get(i + 2)).s("type", affected.get(i)).close();
    }
    b.closeArr().obj("auditType").s("action", type.action()).s("actionI18nKey", type.key()).s("area", type.area())
        .s("category", type.category()).s("categoryI18nKey", type.categoryKey()).s("level", "BASE").close();
    b.obj("author").s("id", authorId).s("name", authorName).s("type", authorType).close();
    b.arr("changedValues");
    for (int i = 0; i < changed.size(); i += 4) {
      b.elObj();
      if (changed.get(i + 2) != null) {
        b.s("from", changed.get(i + 2));
      }
      b.s("i18nKey", changed.get(i + 1)).s("key", changed.get(i)).s("to", changed.get(i + 3)).close();
    }
    b.closeArr().arr("extraAttributes");
    for (int i = 0; i < extra.size(); i += 3) {
      b.elObj().s("name", extra.get(i)).s("nameI18nKey", extra.get(i + 1)).s("value", extra.get(i + 2)).close();
    }
    b.closeArr().s("method", "Browser");
    if (product.equals(AuditSource.BITBUCKET)) {
      b.s("node", Rng.of(run.org.seed, "bitbucket-node").uuid());
    }
    b.s("source", source).s("system", "https://" + host(product)).obj("timestamp")
        .n("epochSecond", Math.floorDiv(t, 1000)).n("nano", Math.floorMod(t, 1000) * 1_000_000L).close()
        .s("version", "1.0").close();
    Origin o = run.sink(product).write(t, b, planted());
    if (step != null) {
      step.wrote(o, t);
    }
  }

  static String host(String product) {
    return switch (product) {
      case AuditSource.JIRA -> Org.JIRA;
      case AuditSource.WIKI -> Org.WIKI;
      default -> Org.BITBUCKET;
    };
  }
}
