package io.bulkhead.sigma;

/** Receives matches from a {@link Detector}, on the thread that fed it the event. */
@FunctionalInterface
public interface MatchSink {
  void match(Match m);
}
