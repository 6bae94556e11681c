package io.bulkhead.cli;

import io.bulkhead.creds.Credential;
import io.bulkhead.creds.Ledger;
import io.bulkhead.event.Origin;
import io.bulkhead.findings.Findings;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code creds audit --format table}: the credentials whose verdict is not ok (all with
 * {@code --all}), most urgent first, with name, system, first and last use and the last evidence.
 */
final class CredsTableWriter implements CredsWriter {
  private static final List<String> ORDER = List.of("exposed-unrotated-in-use", "rotated-old-still-used",
      "marked-unused-but-used", "unknown", "exposed-unrotated-unused", "ok");
  private static final int[] WIDTHS = {12, 26, 24, 18, 30, 30};
  private static final String[] HEADERS = {"ID", "VERDICT", "NAME", "SYSTEM", "FIRST USED", "LAST USED", "EVIDENCE"};
  private final Writer w;
  private final boolean all;

  CredsTableWriter(Writer w, boolean all) {
    this.w = w;
    this.all = all;
  }

  @Override
  public void write(List<Findings.CredentialAudit> audit, Ledger ledger) throws IOException {
    Map<String, Credential> byId = new HashMap<>();
    ledger.credentials().forEach(c -> byId.put(c.id(), c));
    List<Findings.CredentialAudit> rows = new ArrayList<>();
    for (Findings.CredentialAudit a : audit) {
      if (all || !a.verdict().equals("ok")) {
        rows.add(a);
      }
    }
    rows.sort(Comparator.comparingInt((Findings.CredentialAudit a) -> ORDER.indexOf(a.verdict())));
    w.write(Terminal.row(HEADERS, WIDTHS));
    for (Findings.CredentialAudit a : rows) {
      Credential c = byId.get(a.id());
      List<Origin> ev = a.evidence();
      w.write(Terminal.row(new String[] {a.id(), a.verdict(), c.name(), c.system(), time(a.firstUsed()), time(a.lastUsed()),
          ev.isEmpty() ? "-" : ev.get(ev.size() - 1).toString()}, WIDTHS));
    }
    if (rows.isEmpty()) {
      w.write("(every credential ok)\n");
    }
    w.flush();
  }

  private static String time(java.time.Instant t) {
    return t == null ? "-" : t.toString();
  }
}
