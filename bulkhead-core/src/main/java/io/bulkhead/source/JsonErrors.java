package io.bulkhead.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** Short, single-line descriptions of JSON problems for rejects. */
final class JsonErrors {
  private JsonErrors() {}

  /** Jackson's message without its source excerpt and location lines, clipped. */
  static String brief(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    if (m == null) {
      m = e.getClass().getSimpleName();
    }
    int nl = m.indexOf('\n');
    if (nl >= 0) {
      m = m.substring(0, nl);
    }
    String col = e.getLocation() != null && e.getLocation().getColumnNr() > 0
        ? " (column " + e.getLocation().getColumnNr() + ")" : "";
    return Strings.clip(m, 160) + col;
  }

  static String kind(JsonNode n) {
    return n.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
