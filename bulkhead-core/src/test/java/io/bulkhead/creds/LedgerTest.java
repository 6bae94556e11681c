package io.bulkhead.creds;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulkhead.source.Reject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ledger and exposure files as the contract defines them; every bad row a problem with its line. */
final class LedgerTest {
  private static final String HEADER = "id,kind,name,system,owner,privilege,identifiers,created,lastRotated,status,markedUnused\n";

  @TempDir Path dir;

  private Ledger read(String csv, String exposures) throws IOException {
    Path c = dir.resolve("credentials.csv");
    Files.writeString(c, csv);
    Path x = null;
    if (exposures != null) {
      x = dir.resolve("exposures.json");
      Files.writeString(x, exposures);
    }
    return Ledger.read(c, x);
  }

  @Test
  void read_rowsWithQuotedCellsAndSeveralIdentifiers() throws IOException {
    Ledger l = read(HEADER + "cred-1,service_account,\"Smartsheet, sync\",jira,a@example.com,admin,"
        + "atlassian_user:svc-smartsheet;aws_access_key_id:AKIA1,2022-01-01T00:00:00Z,2023-04-03T09:00:00Z,active,true\n", null);
    assertThat(l.problems()).isEmpty();
    Credential c = l.credentials().get(0);
    assertThat(c.name()).isEqualTo("Smartsheet, sync");
    assertThat(c.identifiers()).extracting(Identifier::type, Identifier::rotates)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("atlassian_user", false), org.assertj.core.groups.Tuple.tuple("aws_access_key_id", true));
    assertThat(c.lastRotated()).isEqualTo(Instant.parse("2023-04-03T09:00:00Z"));
    assertThat(c.markedUnused()).isTrue();
    assertThat(c.privileged()).isTrue();
    assertThat(c.origin().line()).isEqualTo(2);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      cred-2,api_key,n,aws,o,read,aws_access_key_id,,,active,false                      | identifier 'aws_access_key_id' is not type:value
      cred-3,api_key,n,aws,o,read,aws_access_key_id:AKIA,yesterday,,active,false        | created 'yesterday' is not an ISO-8601 UTC time
      cred-4,api_key,n,aws,o,read,aws_access_key_id:AKIA,,,active,maybe                 | markedUnused must be true or false
      ,api_key,n,aws,o,read,aws_access_key_id:AKIA,,,active,false                       | a row needs an id
      cred-5,api_key,"n,aws,o,read,x:y,,,active,false                                   | unclosed quote
      """)
  void read_badRowIsAProblemWithItsLineAndTheRestIsRead(String row, String reason) throws IOException {
    Ledger l = read(HEADER + row + "\ncred-ok,api_key,n,aws,o,read,aws_access_key_id:AKIAOK,,,active,false\n", null);
    assertThat(l.credentials()).extracting(Credential::id).containsExactly("cred-ok");
    assertThat(l.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.reason()).contains(reason);
    });
  }

  @Test
  void read_headerWithoutRequiredColumnsIsOneProblem() throws IOException {
    Ledger l = read("id,name\ncred-1,x\n", null);
    assertThat(l.credentials()).isEmpty();
    assertThat(l.problems()).extracting(Reject::reason).singleElement().asString().contains("lacks kind");
  }

  @Test
  void read_duplicateIdIsAProblem() throws IOException {
    Ledger l = read(HEADER + "c,api_key,n,aws,o,read,x:1,,,active,false\nc,api_key,n,aws,o,read,x:2,,,active,false\n", null);
    assertThat(l.credentials()).hasSize(1);
    assertThat(l.problems()).extracting(Reject::reason).containsExactly("duplicate id c");
  }

  @Test
  void read_exposuresListedOrAll() throws IOException {
    Ledger l = read(HEADER + "c1,api_key,n,aws,o,read,x:1,,,active,false\nc2,api_key,n,aws,o,read,x:2,,,active,false\n", """
        {"schema": "bulkhead.exposures/v1", "exposures": [
          {"id": "okta-2023-10", "at": "2023-10-18T00:00:00Z", "credentials": ["c1"]},
          {"id": "laptop", "at": "2023-11-02T00:00:00Z", "credentials": "all"},
          {"id": "bad", "at": "last week", "credentials": []}]}""");
    assertThat(l.exposures()).extracting(Ledger.Exposure::id).containsExactly("okta-2023-10", "laptop");
    assertThat(l.exposures().get(0).covers(l.credentials().get(1))).isFalse();
    assertThat(l.exposures().get(1).covers(l.credentials().get(1))).isTrue();
    assertThat(l.problems()).extracting(Reject::reason).containsExactly("exposure bad: 'at' is not an ISO-8601 UTC time");
  }
}
