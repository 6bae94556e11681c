package io.bulkhead.ioc;

import io.bulkhead.event.Event;
import java.util.Objects;

/**
 * An indicator found in an event.
 *
 * @param indicator what was found
 * @param field the dotted path of the raw document's field it was found in
 * @param confidence how much the hit says
 * @param event the event
 */
public record Hit(Indicator indicator, String field, Confidence confidence, Event event) {
  public Hit {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(event, "event");
  }
}
