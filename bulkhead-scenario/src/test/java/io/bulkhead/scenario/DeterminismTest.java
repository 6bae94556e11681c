package io.bulkhead.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same seed gives the same bytes in every file, whatever the number of threads; another seed
 * gives another organisation and another intrusion.
 */
final class DeterminismTest {
  @TempDir Path tmp;

  @Test
  void sameSeed_writesIdenticalBytes_withOneThreadOrTwo() throws IOException {
    Fixture f = Fixture.attack();
    Path again = tmp.resolve("again");
    ScenarioGenerator.builder().seed(Fixture.SEED).scale(Fixture.SCALE).threads(1).build().generate(again);
    Map<String, String> a = hashes(f.dir);
    Map<String, String> b = hashes(again);
    assertThat(b.keySet()).containsExactlyElementsOf(a.keySet());
    assertThat(b).isEqualTo(a);
  }

  @Test
  void differentSeed_writesDifferentBytes() throws IOException {
    Path other = tmp.resolve("other");
    ScenarioGenerator.builder().seed(Fixture.SEED + 1).scale(Fixture.SCALE).build().generate(other);
    Map<String, String> a = hashes(Fixture.attack().dir);
    Map<String, String> b = hashes(other);
    assertThat(b.get("answer-key.json")).isNotEqualTo(a.get("answer-key.json"));
    assertThat(b.get("inputs/credentials.csv")).isNotEqualTo(a.get("inputs/credentials.csv"));
    long common = a.keySet().stream().filter(b::containsKey).count();
    long same = a.keySet().stream().filter(k -> a.get(k).equals(b.get(k))).count();
    assertThat(common).isPositive();
    // Only a few files can coincide: those whose content does not depend on the seed.
    assertThat(same).isLessThan(common / 20);
  }

  @Test
  void withAndWithoutTheIntrusion_theOrganisationIsTheSame() throws IOException {
    Map<String, String> a = hashes(Fixture.attack().dir);
    Map<String, String> q = hashes(Fixture.quiet().dir);
    for (String f : new String[] {"inputs/inventory.json", "inputs/credentials.csv", "inputs/exposures.json", "inputs/iocs.csv",
        "inputs/iocs.md", "hosts/atl-confluence-01.json", "hosts/gru-console-01.json"}) {
      assertThat(q.get(f)).as(f).isEqualTo(a.get(f));
    }
    assertThat(q.get("hosts/" + Fleet.ATLASSIAN + ".json")).isNotEqualTo(a.get("hosts/" + Fleet.ATLASSIAN + ".json"));
    // Days before the intrusion are written identically; the quiet month never sees the indicators.
    assertThat(q.get("logs/jira/access_log.2023-11-03")).isEqualTo(a.get("logs/jira/access_log.2023-11-03"));
    assertThat(q.get("logs/okta/system-log-2023-11-10.json")).isEqualTo(a.get("logs/okta/system-log-2023-11-10.json"));
  }

  /** SHA-256 of every file under {@code dir}, by relative path. */
  static Map<String, String> hashes(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        out.put(dir.relativize(p).toString().replace('\\', '/'), sha256(p));
      }
    }
    return out;
  }

  private static String sha256(Path p) throws IOException {
    try (InputStream in = Files.newInputStream(p)) {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        d.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
