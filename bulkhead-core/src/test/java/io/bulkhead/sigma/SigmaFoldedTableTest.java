package io.bulkhead.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulkhead.sigma.model.Glob;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The prefilter's exact-value table finds a folded key from any case variant of its text. */
final class SigmaFoldedTableTest {
  private static final FoldedTable TABLE = new FoldedTable(new LinkedHashMap<>(Map.of(
      "assumerole", new int[] {1}, "user.session.start", new int[] {2, 3}, "été", new int[] {4}, "", new int[] {5})));

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(textBlock = """
      AssumeRole,          1
      ASSUMEROLE,          1
      assumerole,          1
      User.Session.Start,  2
      ÉTÉ,                 4
      '',                  5
      AssumeRol,           -1
      AssumeRoleX,         -1
      user.session.star,   -1
      """)
  void get_findsEveryCaseVariant(String text, int firstRule) {
    int[] rules = TABLE.get(text);
    if (firstRule < 0) {
      assertThat(rules).isNull();
    } else {
      assertThat(rules).isNotNull().startsWith(firstRule);
    }
  }

  @Provide
  Arbitrary<List<String>> keys() {
    return Arbitraries.strings().withChars("aAbBkK\u212As\u017Fé.-").ofMaxLength(6).list().ofMaxSize(40);
  }

  @Property(tries = 300)
  void get_agreesWithAHashMapOfFoldedKeys(@ForAll("keys") List<String> keys, @ForAll("keys") List<String> probes) {
    Map<String, int[]> model = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      model.putIfAbsent(Glob.fold(keys.get(i)), new int[] {i});
    }
    FoldedTable table = new FoldedTable(model);
    for (String p : probes) {
      assertThat(table.get(p)).isSameAs(model.get(Glob.fold(p)));
    }
    for (String k : keys) {
      assertThat(table.get(k)).isSameAs(model.get(Glob.fold(k)));
    }
  }
}
