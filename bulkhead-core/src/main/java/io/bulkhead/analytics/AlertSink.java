package io.bulkhead.analytics;

/** Receives alerts, on the thread that fed the analytic. */
@FunctionalInterface
public interface AlertSink {
  void alert(Alert a);
}
