package io.bulkhead.ioc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bulkhead.event.Event;
import io.bulkhead.event.Origin;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Field values assembled from indicator fragments and junk: matching never fails, and every hit
 * of an address, domain or hash is backed by its text in that field.
 */
final class IndicatorMatcherFuzzTest {
  private static final Origin O = new Origin("iocs", 1, 0);
  private static final List<Indicator> IOCS = List.of(
      Indicator.of(IndicatorType.IPV4, "193.142.58.126", null, O),
      Indicator.of(IndicatorType.DOMAIN, "idowall.com", null, O),
      Indicator.of(IndicatorType.SHA256, "bdd1a085d651082ad567b03e5186d1d46d822bb7794157ab8cce95d850a3caaf", null, O),
      Indicator.of(IndicatorType.CIDR, "198.244.0.0/16", null, O),
      Indicator.of(IndicatorType.EMAIL, "actor@idowall.com", null, O),
      Indicator.of(IndicatorType.URL, "http://idowall.com/p", null, O),
      Indicator.of(IndicatorType.FILENAME, "jvm-agent", null, O));
  private static final IndicatorMatcher MATCHER = IndicatorMatcher.of(IOCS);

  @Provide
  Arbitrary<String> value() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of("193.142.58.126", "193.142.58.1266", "1.193.142.58.126", "198.244.7.9", "idowall.com", "IDOWALL.COM.",
            "xidowall.com", "actor@idowall.com", "http://idowall.com/p?q", "https://idowall.com/pp", "/lib/jvm-agent", "jvm-agent.jar",
            "bdd1a085d651082ad567b03e5186d1d46d822bb7794157ab8cce95d850a3caaf", "::ffff:193.142.58.126", "[::1]:80", ":", ".", "@",
            "://", " ", ",", "/", "%", "é", "\u0000"),
        Arbitraries.strings().withChars("0123456789abcdef.:@/ -_%[]").ofMaxLength(20));
    return piece.list().ofMaxSize(6).map(l -> String.join("", l));
  }

  @Property(tries = 2000)
  void match_neverFailsAndEveryHitIsBackedByItsText(@ForAll("value") String a, @ForAll("value") String b) {
    ObjectNode raw = JsonNodeFactory.instance.objectNode();
    raw.put("a", a);
    raw.putArray("b").add(b).add(a);
    Event e = Event.builder("json", new Origin("log", 1, 0), raw).build();
    List<Hit> hits = MATCHER.match(e);
    Statistics.collect(hits.isEmpty() ? "no hit" : "hit");
    for (Hit h : hits) {
      String text = (h.field().equals("a") ? a : a + "\n" + b).toLowerCase(Locale.ROOT);
      switch (h.indicator().type()) {
        case IPV4, DOMAIN, SHA256, EMAIL, FILENAME -> assertThat(text).contains(h.indicator().value());
        case CIDR -> assertThat(text).contains("198.244.");
        default -> assertThat(text).contains("idowall.com/p");
      }
    }
    Statistics.coverage(c -> c.check("hit").count(n -> n > 0));
  }
}
