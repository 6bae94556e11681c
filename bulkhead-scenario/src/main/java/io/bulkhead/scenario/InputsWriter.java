package io.bulkhead.scenario;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The inputs a team would have ({@code inputs/}): the inventory with the denominators (and the
 * Confluence pages' ids, spaces and titles, to resolve {@code /display/} URLs), the credential
 * ledger, the exposure of 18 October, and the indicators as published, in CSV and as the
 * write-up's Markdown table, defanged.
 */
final class InputsWriter {
  private final Org org;
  private final Path dir;

  InputsWriter(Org org, Path out) {
    this.org = org;
    this.dir = out.resolve("inputs");
  }

  void write() throws IOException {
    Files.createDirectories(dir);
    inventory();
    credentials();
    exposures();
    Files.writeString(dir.resolve("iocs.csv"), iocsCsv(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("iocs.md"), iocsMarkdown(), StandardCharsets.UTF_8);
  }

  private void inventory() throws IOException {
    Buf b = new Buf();
    b.open().s("schema", "bulkhead.inventory/v1").arr("collections").text("\n ");
    b.elObj().s("system", "jira").s("resourceType", "issue").n("total", Catalogue.JIRA_ISSUES).close().text("\n ");
    b.elObj().s("system", "confluence").s("resourceType", "page").n("total", Catalogue.CONFLUENCE_PAGES).arr("resources");
    try (OutputStream out = Sink.open(dir.resolve("inventory.json"))) {
      for (Catalogue.Page p : org.catalogue.pages) {
        b.text("\n  ");
        b.elObj().s("id", String.valueOf(p.id())).s("space", p.space()).s("title", p.title()).close();
        if (b.length() > 1 << 16) {
          b.writeTo(out);
          b.clearBytes();
        }
      }
      b.closeArr().close().text("\n ");
      b.elObj().s("system", "bitbucket").s("resourceType", "repository").n("total", Catalogue.BITBUCKET_REPOS).close();
      b.closeArr().close().ch('\n');
      b.writeTo(out);
    }
  }

  private void credentials() throws IOException {
    try (OutputStream out = Sink.open(dir.resolve("credentials.csv"))) {
      Buf b = new Buf();
      b.text("id,kind,name,system,owner,privilege,identifiers,created,lastRotated,status,markedUnused\n");
      for (Credential c : org.ledger.rows()) {
        b.text(c.id()).ch(',').text(c.kind()).ch(',').text(csv(c.name())).ch(',').text(c.system()).ch(',').text(c.owner())
            .ch(',').text(csv(c.privilege())).ch(',').text(csv(String.join(";", c.identifiers()))).ch(',');
        TimeText.isoSeconds(b, c.created()).ch(',');
        TimeText.isoSeconds(b, c.lastRotated()).ch(',').text(c.status()).ch(',').text(c.markedUnused() ? "true" : "false").ch('\n');
      }
      b.writeTo(out);
    }
  }

  private static String csv(String v) {
    return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }

  private void exposures() throws IOException {
    Buf b = new Buf();
    b.open().s("schema", "bulkhead.exposures/v1").arr("exposures").elObj().s("id", Ledger.EXPOSURE_ID).key("at");
    TimeText.isoSeconds(b.ch('"'), Ledger.EXPOSED_AT).ch('"');
    b.s("description", "Okta support-system breach: credentials in support-case HAR files were in the actor's reach")
        .arr("credentials");
    for (String id : org.ledger.exposedIds()) {
      b.el(id);
    }
    b.closeArr().close().closeArr().close().ch('\n');
    try (OutputStream out = Sink.open(dir.resolve("exposures.json"))) {
      b.writeTo(out);
    }
  }

  static String iocsCsv() {
    return "indicator,type,description\n"
        + "193.142.58[.]126,ipv4,\"primary threat-actor infrastructure, owned by M247 Europe SRL (Bucharest, Romania)\"\n"
        + "198.244.174[.]214,ipv4,\"Sliver C2 server, owned by OVH SAS (London, England)\"\n"
        + "idowall[.]com,domain,infrastructure serving the Sliver payload\n"
        + "jvm-agent,filename,Sliver payload\n"
        + Intrusion.SHA256 + ",sha256,Sliver payload (jvm-agent)\n";
  }

  static String iocsMarkdown() {
    return "# Indicators of compromise\n\n"
        + "| Indicator | Indicator type | SHA256 | Description |\n"
        + "|---|---|---|---|\n"
        + "| 193.142.58[.]126 | IPv4 | N/A | Primary threat actor infrastructure, owned by M247 Europe SRL (Bucharest, Romania) |\n"
        + "| 198.244.174[.]214 | IPv4 | N/A | Sliver C2 server, owned by OVH SAS (London, England) |\n"
        + "| idowall[.]com | Domain | N/A | Infrastructure serving Sliver payload |\n"
        + "| jvm-agent | Filename | " + Intrusion.SHA256 + " | Sliver payload |\n";
  }
}
