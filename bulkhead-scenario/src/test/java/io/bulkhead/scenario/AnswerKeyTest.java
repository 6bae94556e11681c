package io.bulkhead.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulkhead.event.Event;
import io.bulkhead.findings.Findings;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The answer key agrees with the logs, recounted by an independent path ({@link Recount}): the
 * written lines, read back by Bulkhead's reader, give the same numbers, ids, account, searches,
 * dormant stretch, alert and window; evidence points at real lines; and the key says what
 * {@code INCIDENT.md} says.
 */
final class AnswerKeyTest {
  private final Fixture f = Fixture.attack();
  private final Recount count = new Recount(f);

  private Findings.Accessed accessed(String system, String action) {
    return f.key.accessed().stream().filter(a -> a.system().equals(system) && a.action().equals(action)).findFirst().orElseThrow();
  }

  @Test
  void identities_areTheSmartsheetBitbucketAndCreatedAccounts() {
    assertThat(count.identities).contains(Ledger.SMARTSHEET, Ledger.BITBUCKET).hasSize(3);
  }

  @Test
  void jiraIssues_recountedFromTheAccessLog_are36AndTheKeysIds() {
    Set<String> keys = new TreeSet<>();
    for (Event e : f.atlassian) {
      if (e.logsource().equals("jira-access") && count.byIdentity(e) && Recount.ok(e)) {
        String k = Recount.issue(e.http().url());
        if (k != null) {
          keys.add(k);
        }
      }
    }
    assertThat(keys).hasSize(36);
    Findings.Accessed a = accessed("jira", "view");
    assertThat(a.count()).isEqualTo(36);
    assertThat(a.total()).isEqualTo(2_059_357L);
    assertThat(a.ids()).containsExactlyInAnyOrderElementsOf(keys);
  }

  @Test
  void jiraRefusalsAndMisses_doNotCount() {
    Set<String> refused = new TreeSet<>();
    for (Event e : f.atlassian) {
      if (e.logsource().equals("jira-access") && count.byIdentity(e) && !Recount.ok(e) && e.http().status() >= 403) {
        String k = Recount.issue(e.http().url());
        if (k != null) {
          refused.add(k);
        }
      }
    }
    assertThat(refused).hasSizeGreaterThanOrEqualTo(3).doesNotContainAnyElementsOf(accessed("jira", "view").ids());
  }

  @Test
  void confluencePages_recountedWithTheInventory_are202AndTheKeysIds() {
    Set<String> pages = new TreeSet<>();
    int display = 0;
    int refused = 0;
    for (Event e : f.atlassian) {
      if (e.logsource().equals("confluence-access") && count.byIdentity(e)) {
        String id = count.page(e.http().url());
        if (id != null && Recount.ok(e)) {
          pages.add(id);
          display += e.http().url().startsWith("/display/") ? 1 : 0;
        } else if (id != null || e.http().status() == 404) {
          refused++;
        }
      }
    }
    assertThat(pages).hasSize(202);
    assertThat(display).as("reads by title need the inventory").isPositive();
    assertThat(refused).isPositive();
    Findings.Accessed a = accessed("confluence", "view");
    assertThat(a.count()).isEqualTo(202);
    assertThat(a.total()).isEqualTo(14_099L);
    assertThat(a.ids()).containsExactlyInAnyOrderElementsOf(pages);
  }

  @Test
  void repositories_recountedFromOutgoingLines_are120ViewedAnd76Archived() {
    Set<String> viewed = new TreeSet<>();
    Set<String> archived = new TreeSet<>();
    for (Event e : f.atlassian) {
      if (e.logsource().equals("bitbucket-access") && count.byIdentity(e) && Recount.outgoing(e) && e.http().status() == 200) {
        String[] r = Recount.repo(e.http().url());
        if (r != null) {
          viewed.add(r[0]);
          if (r[1].equals("true")) {
            archived.add(r[0]);
          }
        }
      }
    }
    assertThat(viewed).hasSize(120).containsAll(archived);
    assertThat(archived).hasSize(76);
    assertThat(accessed("bitbucket", "view").ids()).containsExactlyInAnyOrderElementsOf(viewed);
    assertThat(accessed("bitbucket", "archive").ids()).containsExactlyInAnyOrderElementsOf(archived);
    assertThat(accessed("bitbucket", "archive").total()).isEqualTo(11_904L);
  }

  @Test
  void createdAccount_isWhatTheAuditLogShows() {
    Findings.CreatedAccount key = f.key.compromised().accounts().get(0);
    Event created = null;
    List<String> groups = new ArrayList<>();
    for (Event e : f.atlassian) {
      if (e.logsource().equals("atlassian-audit") && e.actor() != null && Ledger.SMARTSHEET.equals(e.actor().name())) {
        if (e.action().equals("jira.auditing.user.created")) {
          created = e;
        } else if (e.action().equals("jira.auditing.user.added.to.group") && e.raw().toString().contains("\"" + key.id() + "\"")) {
          groups.add(e.raw().get("affectedObjects").get(0).get("name").asText());
        }
      }
    }
    assertThat(created).isNotNull();
    assertThat(created.raw().get("affectedObjects").get(0).get("name").asText()).isEqualTo(key.id());
    assertThat(created.time()).isEqualTo(key.createdAt()).isEqualTo(Instant.parse("2023-11-16T14:36:37Z"));
    assertThat(key.createdBy()).isEqualTo(Ledger.SMARTSHEET);
    assertThat(groups).hasSizeGreaterThanOrEqualTo(10).containsExactlyElementsOf(key.groupsAdded());
  }

  @Test
  void dormantStretch_recountedFromActivity_isTheKeys() {
    List<Findings.Period> gaps = Recount.gaps(count.activity(f.atlassian));
    assertThat(gaps).containsExactlyElementsOf(f.key.dormantPeriods());
    assertThat(gaps).containsExactly(new Findings.Period(Instant.parse("2023-11-17T14:33:52Z"), Instant.parse("2023-11-20T09:26:53Z")));
  }

  @Test
  void searches_recountedFromTheWikiLog_areTheSixTerms() {
    Set<String> terms = new TreeSet<>();
    for (Event e : f.atlassian) {
      if (e.logsource().equals("confluence-access") && count.byIdentity(e)) {
        String t = Recount.search(e.http().url());
        if (t != null) {
          terms.add(t);
        }
      }
    }
    assertThat(terms).containsExactlyInAnyOrder("remote access", "secret", "client-secret", "openconnect", "cloudflared", "token");
    assertThat(f.key.searches()).extracting(Findings.Search::query).containsExactlyInAnyOrderElementsOf(terms);
  }

  @Test
  void alert_isTheAdminGroupChangeOf1558() {
    Findings.Alert a = f.key.alerts().get(0);
    assertThat(a.eventTime()).isEqualTo(Instant.parse("2023-11-23T15:58:00Z"));
    assertThat(a.entities()).containsEntry("principal", Ledger.SMARTSHEET).containsEntry("group", "jira-administrators");
    assertThat(f.atlassian).anySatisfy(e -> {
      assertThat(e.action()).isEqualTo("jira.auditing.user.added.to.group");
      assertThat(e.time()).isEqualTo(a.eventTime());
      assertThat(e.raw().toString()).contains("jira-administrators", Ledger.SMARTSHEET);
    });
  }

  @Test
  void window_runsFromTheFirstToTheLastIndicatorRecord() {
    Instant first = f.withIndicators.stream().map(Event::time).min(Instant::compareTo).orElseThrow();
    Instant last = f.withIndicators.stream().map(Event::time).max(Instant::compareTo).orElseThrow();
    assertThat(first).isEqualTo(f.key.window().from()).isEqualTo(Instant.parse("2023-11-14T09:22:49Z"));
    assertThat(last).isEqualTo(f.key.window().to()).isEqualTo(Instant.parse("2023-11-24T10:44:00Z"));
  }

  @Test
  void indicatorHits_equalTheRecordsThatCarryThem() {
    for (Findings.IocHit h : f.key.iocHits()) {
      long json = f.withIndicators.stream().filter(e -> e.raw().toString().contains(h.indicator())).count();
      long text = f.atlassian.stream().filter(e -> e.logsource().endsWith("-access") && e.client() != null
          && h.indicator().equals(e.client().ip())).count();
      assertThat(json + text).as(h.indicator()).isEqualTo(h.count());
    }
    assertThat(f.key.iocHits()).extracting(Findings.IocHit::indicator)
        .containsExactly(Intrusion.IP_A, Intrusion.C2, Intrusion.PAYLOAD_DOMAIN);
  }

  @Test
  void sourceAddresses_includeOneNoIndicatorListNames() {
    assertThat(f.key.compromised().sourceIps()).contains(Intrusion.IP_A).hasSizeGreaterThanOrEqualTo(2);
    assertThat(f.key.compromised().sourceIps()).anySatisfy(ip -> assertThat(ip).isNotIn(Intrusion.IP_A, Intrusion.C2));
  }

  @Test
  void evidence_pointsAtRealLinesOfTheRightTime() {
    for (Findings.TimelineEntry t : f.key.timeline()) {
      var o = t.evidence().get(0);
      Instant at = f.cited.get(o.file() + ":" + o.line() + "#" + o.record());
      assertThat(at).as(t.summary() + " " + o).isNotNull();
      assertThat(at.truncatedTo(ChronoUnit.SECONDS)).as(t.summary()).isEqualTo(t.at().truncatedTo(ChronoUnit.SECONDS));
    }
    for (Findings.CompromisedCredential c : f.key.compromised().credentials()) {
      var o = c.evidence().get(0);
      assertThat(f.cited.get(o.file() + ":" + o.line() + "#" + o.record()).truncatedTo(ChronoUnit.SECONDS))
          .as(c.name()).isEqualTo(c.firstMaliciousUse().truncatedTo(ChronoUnit.SECONDS));
    }
  }

  @Test
  void key_saysWhatTheWriteUpSays() {
    Set<String> at = new TreeSet<>();
    f.key.timeline().forEach(t -> at.add(t.at().truncatedTo(ChronoUnit.SECONDS).toString()));
    assertThat(at).contains("2023-11-14T09:22:49Z", "2023-11-15T16:28:38Z", "2023-11-16T14:36:37Z", "2023-11-17T14:33:52Z",
        "2023-11-20T09:26:53Z", "2023-11-22T14:18:22Z", "2023-11-23T15:58:00Z", "2023-11-23T16:35:14Z", "2023-11-23T17:23:05Z",
        "2023-11-23T21:31:00Z", "2023-11-24T10:44:00Z");
    assertThat(f.key.schema()).isEqualTo(Findings.ANSWER_KEY_SCHEMA);
    assertThat(f.key.compromised().credentials()).extracting(Findings.CompromisedCredential::name)
        .containsExactly(Ledger.MOVEWORKS, Ledger.SMARTSHEET, Ledger.BITBUCKET, Ledger.AWS_MARKETPLACE);
    assertThat(f.key.compromised().credentials().get(0).firstMaliciousUse().truncatedTo(ChronoUnit.SECONDS))
        .isEqualTo(Instant.parse("2023-11-15T16:28:38Z"));
    assertThat(f.key.compromised().hosts()).singleElement().satisfies(h -> {
      assertThat(h.name()).isEqualTo(Fleet.ATLASSIAN);
      assertThat(h.indicators()).contains(Intrusion.SHA256);
    });
    assertThat(f.key.credentialAudit()).filteredOn(c -> c.verdict().equals("exposed-unrotated-in-use")).hasSize(4)
        .allSatisfy(c -> assertThat(c.markedUnused()).isTrue());
    assertThat(f.key.credentialAudit()).extracting(Findings.CredentialAudit::verdict)
        .contains("marked-unused-but-used", "rotated-old-still-used");
  }

  @Test
  void key_scoresPerfectlyAgainstItself() {
    assertThat(io.bulkhead.scenario.score.Scorer.score(f.key, f.key)).isNotEmpty().allSatisfy(c -> assertThat(c.passed()).as(c.line()).isTrue());
    Fixture q = Fixture.quiet();
    assertThat(io.bulkhead.scenario.score.Scorer.score(q.key, q.key)).allSatisfy(c -> assertThat(c.passed()).as(c.line()).isTrue());
  }

  @Test
  void staleCredentials_markedInUse_appearInNoLog() throws java.io.IOException {
    List<String> needles = new ArrayList<>();
    for (Findings.CredentialAudit c : f.key.credentialAudit()) {
      if (Boolean.TRUE.equals(c.stale())) {
        assertThat(c.verdict()).isEqualTo("ok");
        assertThat(c.markedUnused()).isFalse();
        for (String line : java.nio.file.Files.readAllLines(f.dir.resolve("inputs/credentials.csv"))) {
          if (line.startsWith(c.id() + ",")) {
            for (String id : line.split(",")[6].split(";")) {
              needles.add(id.substring(id.indexOf(':') + 1));
            }
          }
        }
      }
    }
    assertThat(needles).hasSize(3);
    try (var files = java.nio.file.Files.walk(f.dir.resolve("logs"))) {
      for (java.nio.file.Path p : files.filter(java.nio.file.Files::isRegularFile).toList()) {
        byte[] bytes = java.nio.file.Files.readAllBytes(p);
        if (p.toString().endsWith(".gz")) {
          try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            bytes = in.readAllBytes();
          }
        }
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        for (String n : needles) {
          assertThat(text).as(p + " mentions " + n).doesNotContain(n);
        }
      }
    }
  }

  @Test
  void quietMonth_expectsACleanBill() {
    Fixture q = Fixture.quiet();
    assertThat(q.key.window()).isNull();
    assertThat(q.key.compromised().credentials()).isEmpty();
    assertThat(q.key.compromised().accounts()).isEmpty();
    assertThat(q.key.accessed()).isEmpty();
    assertThat(q.key.alerts()).isEmpty();
    assertThat(q.key.dormantPeriods()).isEmpty();
    assertThat(q.withIndicators).isEmpty();
    assertThat(q.rejects).isEmpty();
    assertThat(q.key.credentialAudit()).filteredOn(c -> c.verdict().startsWith("exposed-unrotated")).hasSize(4)
        .allSatisfy(c -> assertThat(c.verdict()).isEqualTo("exposed-unrotated-unused"));
    assertThat(q.key.credentialAudit()).filteredOn(c -> !c.verdict().startsWith("exposed-unrotated"))
        .extracting(Findings.CredentialAudit::id)
        .containsExactlyElementsOf(f.key.credentialAudit().stream().filter(c -> !c.verdict().startsWith("exposed-unrotated"))
            .map(Findings.CredentialAudit::id).toList());
  }
}
