package io.bulkhead.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Records built by hand are valid JSON that reads back to the values written, whatever the text. */
final class BufTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Property
  void anyString_roundTripsThroughJson(@ForAll String s, @ForAll long n) throws Exception {
    Buf b = new Buf();
    b.open().s("text", s).n("n", n).arr("list").el(s).elNum(n).closeArr().obj("inner").b("flag", true).nul("none").close().close();
    JsonNode node = JSON.readTree(new String(b.copy(), StandardCharsets.UTF_8));
    assertThat(node.get("text").asText()).isEqualTo(s);
    assertThat(node.get("n").asLong()).isEqualTo(n);
    assertThat(node.get("list").get(0).asText()).isEqualTo(s);
    assertThat(node.get("inner").get("none").isNull()).isTrue();
  }

  @Property
  void anyText_isWrittenAsUtf8(@ForAll String s) {
    Buf b = new Buf();
    b.text(s);
    assertThat(new String(b.copy(), StandardCharsets.UTF_8)).isEqualTo(new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
  }

  @Test
  void decimals_keepTheirFractionDigits() throws Exception {
    Buf b = new Buf();
    b.open().dec("lat", -338_688, 4).dec("lon", 1_512_093, 4).close();
    assertThat(TimeText.ascii(b)).isEqualTo("{\"lat\":-33.8688,\"lon\":151.2093}");
    assertThat(JSON.readTree(b.copy()).get("lat").asDouble()).isEqualTo(-33.8688);
  }
}
