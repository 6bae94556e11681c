package io.bulkhead.scenario;

import java.util.function.BiConsumer;

/** Iterates the day plans that can put records into one UTC day. */
final class Plans {
  private Plans() {}

  /** Calls {@code each} for every active plan of every person whose local day may overlap UTC {@code day}. */
  static void around(Org org, int day, BiConsumer<Person, DayPlan> each) {
    for (Person p : org.people) {
      for (int d : DayPlan.localDaysAround(day)) {
        DayPlan plan = DayPlan.of(org, p, d);
        if (plan.active()) {
          each.accept(p, plan);
        }
      }
    }
  }

  /** The session id a product gives a person for a day: stable across the day's visits. */
  static String sessionId(Org org, String product, Person p, int day, int length) {
    long h = Rng.mix(org.seed, product, p.index(), day) & Long.MAX_VALUE;
    String s = Long.toString(h, 36);
    while (s.length() < length) {
      s = "0" + s;
    }
    return s.substring(s.length() - length);
  }

  /** The browser client of a person on a planned day. */
  static WebReq.Client browser(Org org, Person p, DayPlan plan, String product, int sessionLength) {
    return new WebReq.Client(p.username(), plan.addr(), plan.addr().ip(), p.browser().raw(), null, true,
        sessionId(org, product, p, plan.day(), sessionLength), true);
  }
}
