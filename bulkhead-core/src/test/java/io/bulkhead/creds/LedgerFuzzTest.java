package io.bulkhead.creds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a ledger or exposures file holds, reading it gives rows and problems, never an exception. */
final class LedgerFuzzTest {
  private static final String HEADER = "id,kind,name,system,owner,privilege,identifiers,created,lastRotated,status,markedUnused\n";

  @Provide
  Arbitrary<String> rows() {
    Arbitrary<String> cell = Arbitraries.oneOf(Arbitraries.of("", "\"", "\"\"", "a,b", "x:y", "x:y;z", ";", ":", "true", "false",
        "2023-11-01T00:00:00Z", "2023-13-01", "\uFEFF", "é", "\r"), Arbitraries.strings().ofMaxLength(12));
    return cell.list().ofMaxSize(14).map(l -> String.join(",", l)).list().ofMaxSize(6).map(l -> String.join("\n", l));
  }

  @Property(tries = 300)
  void read_neverThrows(@ForAll("rows") String body, @ForAll("rows") String exposures) throws IOException {
    Path dir = Files.createTempDirectory("ledger-fuzz");
    try {
      Path c = Files.writeString(dir.resolve("c.csv"), HEADER + body);
      Path x = Files.writeString(dir.resolve("x.json"), "{\"exposures\": [" + exposures + "]}");
      Ledger l = Ledger.read(c, x);
      assertThat(l.credentials().size() + l.problems().size()).isGreaterThanOrEqualTo(0);
      CredentialAuditor.of(l).finish();
    } finally {
      try (var files = Files.list(dir)) {
        for (Path p : files.toList()) {
          Files.delete(p);
        }
      }
      Files.delete(dir);
    }
  }
}
