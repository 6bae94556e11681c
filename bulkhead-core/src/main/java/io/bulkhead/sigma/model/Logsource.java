package io.bulkhead.sigma.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule's {@code logsource}: category, product and service, each null when not given. The free
 * text {@code definition} is not kept: Sigma tools do not evaluate it.
 */
public record Logsource(String category, String product, String service) {
  /** No logsource keys at all: the rule applies to every log. */
  public boolean isEmpty() {
    return category == null && product == null && service == null;
  }

  /**
   * Whether every key set here is set to the same value in {@code rule}: a routing entry or a
   * filter for {@code product: okta} covers a rule for {@code product: okta, service: okta}.
   */
  public boolean covers(Logsource rule) {
    return (category == null || category.equals(rule.category))
        && (product == null || product.equals(rule.product))
        && (service == null || service.equals(rule.service));
  }

  /** {@code category=webserver product=apache}, keys that are set only. */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>(3);
    if (category != null) {
      parts.add("category=" + category);
    }
    if (product != null) {
      parts.add("product=" + product);
    }
    if (service != null) {
      parts.add("service=" + service);
    }
    return parts.isEmpty() ? "(any)" : String.join(" ", parts);
  }
}
