package io.bulkhead.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The parsers the JMH benchmark compares extract the same values from every line, so that none is
 * measured doing less work than the others; and simdjson-java runs here at all.
 */
class JsonParseBenchTest {

  @ParameterizedTest
  @ValueSource(strings = {"okta", "cloudtrail"})
  void allParsersAgreeOnEveryLine(String format) {
    JsonParseBench b = new JsonParseBench();
    b.format = format;

    assertThatCode(b::setUp).doesNotThrowAnyException();
    assertThat(b.simdUnavailable()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"okta", "cloudtrail"})
  void extractedFieldsAreMostlyPresent(String format) throws Exception {
    FieldSet set = FieldSet.of(format);
    NdjsonCorpus c = NdjsonCorpus.of(set.format());
    JacksonParsers jackson = new JacksonParsers(set);

    long present = 0;
    for (int i = 0; i < c.lines(); i++) {
      present += Arrays.stream(jackson.tree(c.data(), c.starts()[i], c.lengths()[i])).filter(v -> v != null).count();
    }

    // Time, action and actor are on every line; an all-null extraction would make the comparison meaningless.
    assertThat(present).isGreaterThan(3L * c.lines());
  }
}
