package io.bulkhead.scenario;

import java.io.IOException;
import java.util.List;

/**
 * One group of log sources for one day: it opens its sinks, lists the day's sessions and closes
 * its sinks. Implementations hold no state between days, which is what lets days run in parallel.
 */
interface DaySource {
  /** A short name: the task's name and the seed of its random streams. */
  String group();

  void open(DayRun run) throws IOException;

  void sessions(DayRun run, List<Session> out);

  default void close(DayRun run) throws IOException {
    run.closeSinks();
  }
}
