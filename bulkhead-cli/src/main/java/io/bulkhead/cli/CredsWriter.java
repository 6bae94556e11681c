package io.bulkhead.cli;

import io.bulkhead.creds.Ledger;
import io.bulkhead.findings.Findings;
import java.io.IOException;
import java.util.List;

/** Writes a credential audit in one output format. */
interface CredsWriter {
  void write(List<Findings.CredentialAudit> audit, Ledger ledger) throws IOException;
}
