package io.bulkhead.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The credential ledger: more than 5,000 credentials at every scale. Named credentials are the
 * ones logs show: the four the intrusion used (believed unused, never rotated after the Okta
 * breach), the integrations of benign life, and the few whose ledger entry is wrong (marked unused
 * but used; rotated while the old key stays in use). The rest are the long tail every ledger has.
 */
final class Ledger {
  static final int SIZE = 5_312;
  static final long EXPOSED_AT = TimeText.at(2023, 10, 18, 0, 0, 0);
  static final String EXPOSURE_ID = "okta-2023-10";

  // The intrusion's four.
  static final String MOVEWORKS = "moveworks-gateway";
  static final String SMARTSHEET = "svc-smartsheet";
  static final String BITBUCKET = "svc-bitbucket";
  static final String AWS_MARKETPLACE = "svc-apps-marketplace";
  // Benign life that makes a verdict.
  static final String UPTIME_PROBE = "uptime-probe";
  static final String SCIM_TOKEN = "okta-scim-sync";
  static final String S3_BACKUP = "svc-backup-s3";
  static final String RELEASE_BOT = "release-bot";
  static final String REPORTING = "svc-reporting";
  // Benign life, correctly recorded.
  static final String SALESFORCE = "salesforce-connector";
  static final String STATUSPAGE = "svc-statuspage";
  static final String CI_BUILD = "ci-build";
  static final String CI_BACKUP = "svc-backup-bb";
  static final String TERRAFORM = "terraform-ci";
  // Marked in use, but nothing in the month's complete logs uses them.
  static final String LEGACY_SYNC = "svc-legacy-sync";
  static final String GRAFANA_PROBE = "grafana-probe";
  static final String REPORTS_TOKEN = "okta-reports-token";

  private final List<Credential> rows;
  private final Map<String, Credential> byName = new LinkedHashMap<>();
  /** The access key svc-reporting had before its rotation, still in use (not in the ledger). */
  final String reportingOldKey;

  Ledger(long seed, List<Person> people) {
    Rng rng = Rng.of(seed, "ledger");
    List<Credential> named = new ArrayList<>();
    String it = people.get(0).email();
    String sec = people.get(Math.min(2, people.size() - 1)).email();
    long y22 = TimeText.at(2022, 3, 14, 10, 0, 0);
    long rotatedBefore = TimeText.at(2023, 4, 3, 9, 0, 0);
    named.add(cred(MOVEWORKS, "service_token", "cloudflare-access", it, "access:jira,confluence",
        List.of("cf_access_client_id:" + rng.hex(32) + ".access"), y22, rotatedBefore, true, true));
    named.add(cred(SMARTSHEET, "service_account", "jira", it, "admin",
        List.of("atlassian_user:" + SMARTSHEET), y22, rotatedBefore, true, true));
    named.add(cred(BITBUCKET, "service_account", "bitbucket", it, "read",
        List.of("atlassian_user:" + BITBUCKET), y22, rotatedBefore, true, true));
    named.add(cred(AWS_MARKETPLACE, "service_account", "aws", it, "write",
        List.of("aws_iam_user:" + AWS_MARKETPLACE, "aws_access_key_id:AKIA" + rng.upperAlnum(16)), y22, rotatedBefore, true, true));

    long spring = TimeText.at(2023, 5, 2, 14, 0, 0);
    named.add(cred(UPTIME_PROBE, "service_token", "cloudflare-access", sec, "read",
        List.of("cf_access_client_id:" + rng.hex(32) + ".access"), spring, spring, true, false));
    named.add(cred(SCIM_TOKEN, "api_key", "okta", it, "admin",
        List.of("okta_api_token_id:00T" + rng.base62(17)), spring, spring, true, false));
    named.add(cred(S3_BACKUP, "api_key", "aws", sec, "write",
        List.of("aws_iam_user:" + S3_BACKUP, "aws_access_key_id:AKIA" + rng.upperAlnum(16)), spring, spring, true, false));
    named.add(cred(RELEASE_BOT, "api_key", "github", sec, "write",
        List.of("github_token_id:" + rng.between(1_000_000, 9_999_999)), spring, spring, true, false));
    this.reportingOldKey = "AKIA" + rng.upperAlnum(16);
    named.add(cred(REPORTING, "api_key", "aws", sec, "read",
        List.of("aws_iam_user:" + REPORTING, "aws_access_key_id:AKIA" + rng.upperAlnum(16)), y22,
        TimeText.at(2023, 10, 24, 11, 5, 0), false, true));

    long rotated = TimeText.at(2023, 10, 20, 16, 0, 0);
    named.add(cred(SALESFORCE, "service_token", "cloudflare-access", it, "read",
        List.of("cf_access_client_id:" + rng.hex(32) + ".access"), y22, rotated, false, true));
    named.add(cred(STATUSPAGE, "service_account", "jira", it, "write",
        List.of("atlassian_user:" + STATUSPAGE), y22, rotated, false, true));
    named.add(cred(CI_BUILD, "service_account", "bitbucket", sec, "read",
        List.of("atlassian_user:" + CI_BUILD), y22, rotated, false, true));
    named.add(cred(CI_BACKUP, "service_account", "bitbucket", sec, "read",
        List.of("atlassian_user:" + CI_BACKUP), y22, rotated, false, true));
    named.add(cred(TERRAFORM, "api_key", "aws", sec, "admin",
        List.of("aws_iam_user:" + TERRAFORM, "aws_access_key_id:AKIA" + rng.upperAlnum(16)), y22, rotated, false, true));

    long old = TimeText.at(2022, 9, 6, 15, 0, 0);
    named.add(cred(LEGACY_SYNC, "service_account", "jira", it, "write", List.of("atlassian_user:" + LEGACY_SYNC), old, old, false, false));
    named.add(cred(GRAFANA_PROBE, "service_token", "cloudflare-access", sec, "read",
        List.of("cf_access_client_id:" + rng.hex(32) + ".access"), old, old, false, false));
    named.add(cred(REPORTS_TOKEN, "api_key", "okta", it, "read", List.of("okta_api_token_id:00T" + rng.base62(17)), old, old,
        false, false));

    this.rows = LedgerTail.assemble(rng, named, people, SIZE);
    for (Credential c : rows) {
      byName.putIfAbsent(c.name(), c);
    }
  }

  private static Credential cred(String name, String kind, String system, String owner, String privilege,
      List<String> ids, long created, long rotated, boolean markedUnused, boolean exposed) {
    return new Credential("", kind, name, system, owner, privilege, ids, created, rotated, "active", markedUnused, exposed);
  }

  List<Credential> rows() {
    return rows;
  }

  Credential named(String name) {
    Credential c = byName.get(name);
    if (c == null) {
      throw new IllegalArgumentException("no credential named " + name);
    }
    return c;
  }

  /** The credentials the Okta breach exposed. */
  List<String> exposedIds() {
    List<String> l = new ArrayList<>();
    for (Credential c : rows) {
      if (c.exposed()) {
        l.add(c.id());
      }
    }
    return l;
  }

  /** The four the intrusion used, in the write-up's order. */
  List<Credential> intrusionFour() {
    return List.of(named(MOVEWORKS), named(SMARTSHEET), named(BITBUCKET), named(AWS_MARKETPLACE));
  }

  /** Credentials marked in use that no log of the month shows: stale, whatever their owners believe. */
  List<Credential> staleMarkedUsed() {
    return List.of(named(LEGACY_SYNC), named(GRAFANA_PROBE), named(REPORTS_TOKEN));
  }

  /** Benign credentials whose real use contradicts the ledger. */
  List<Credential> misrecorded() {
    return List.of(named(UPTIME_PROBE), named(SCIM_TOKEN), named(S3_BACKUP), named(RELEASE_BOT), named(REPORTING));
  }
}
