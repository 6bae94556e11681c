package io.bulkhead.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.bulkhead.creds.Ledger;
import io.bulkhead.findings.Findings;
import io.bulkhead.findings.FindingsJson;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** {@code creds audit --format jsonl}: one {@code credentialAudit} record a line, every credential, in ledger order. */
final class CredsJsonlWriter implements CredsWriter {
  private final Writer w;
  private final ObjectWriter json = new FindingsJson().mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

  CredsJsonlWriter(Writer w) {
    this.w = w;
  }

  @Override
  public void write(List<Findings.CredentialAudit> audit, Ledger ledger) throws IOException {
    for (Findings.CredentialAudit a : audit) {
      w.write(json.writeValueAsString(a));
      w.write('\n');
    }
    w.flush();
  }
}
