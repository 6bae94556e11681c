package io.bulkhead.scenario;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * One person's working day, in UTC: whether they work, from which address, and when they sign in
 * and open Jira, Confluence and Bitbucket. Every source of benign life derives its records from
 * the same plan, so a person's Okta sign-in, gateway login and first Jira request agree in time
 * and address. The plan is a pure function of (seed, person, local day).
 *
 * @param day the person's local day, 0 = 1 November (may be -1 or 30 at the month's edges)
 */
record DayPlan(
    int day,
    boolean active,
    Geo.Addr addr,
    long workStart,
    long workEnd,
    long[] signIns,
    long[] jira,
    long[] wiki,
    long[] bitbucket,
    int githubPushes,
    long awsConsole) {

  /** 23 and 24 November 2023: Thanksgiving and the day after, in the United States. */
  static boolean thanksgiving(int day) {
    return day == 22 || day == 23;
  }

  static DayPlan of(Org org, Person p, int day) {
    Rng r = Rng.of(org.seed, "plan", p.index(), day);
    LocalDate date = LocalDate.of(2023, 11, 1).plusDays(day);
    DayOfWeek dow = date.getDayOfWeek();
    boolean weekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    boolean us = p.home().cc().equals("us");
    double pActive = weekend ? 0.12 : us && day == 22 ? 0.08 : us && day == 23 ? 0.3 : 0.93;
    if (!r.chance(pActive) || org.hireDay(p) > day) {
      return new DayPlan(day, false, p.homeAddr(), 0, 0, new long[0], new long[0], new long[0], new long[0], 0, 0);
    }
    Geo.Addr addr = address(r, p, day, weekend);
    long midnight = Org.dayStart(day);
    int offset = addr.place().zoneId().getRules().getOffset(Instant.ofEpochMilli(midnight + 43_200_000L)).getTotalSeconds();
    double startHour = weekend ? r.normal(11, 2) : r.normal(8.8, 0.8);
    double hours = weekend ? Math.max(0.5, r.normal(1.5, 0.7)) : Math.max(3, r.normal(8.6, 1.2));
    long start = midnight + (long) ((startHour * 3600 - offset) * 1000) + r.nextInt(60_000);
    long end = start + (long) (hours * 3_600_000);
    double intensity = weekend ? 0.4 : 1.0;
    long[] signIns = r.chance(0.27) ? new long[] {start, start + (long) ((end - start) * (0.4 + 0.3 * r.nextDouble()))}
        : new long[] {start};
    long[] jira = times(r, p.role().jira * intensity, start, end);
    long[] wiki = times(r, p.role().wiki * intensity, start, end);
    long[] bb = times(r, p.role().bitbucket * intensity, start, end);
    int pushes = p.usesBitbucket() ? r.poisson(0.8 * intensity) : 0;
    long console = (p.role() == Person.Role.SRE || p.role() == Person.Role.SECURITY) && r.chance(0.35)
        ? start + (long) (r.nextDouble() * (end - start)) : 0;
    return new DayPlan(day, true, addr, start, end, signIns, jira, wiki, bb, pushes, console);
  }

  private static Geo.Addr address(Rng r, Person p, int day, boolean weekend) {
    int nov = day + 1;
    if (p.trip() != null && nov >= p.trip().firstDay() && nov <= p.trip().lastDay()) {
      return p.trip().addr();
    }
    if (p.vpnAddr() != null && r.chance(0.35)) {
      return p.vpnAddr();
    }
    if (p.officeAddr() != null && !weekend && r.chance(0.6)) {
      return p.officeAddr();
    }
    return p.homeAddr();
  }

  /** Session start times: Poisson count, uniform over the day with fewer at lunch, sorted. */
  private static long[] times(Rng r, double rate, long start, long end) {
    int n = r.poisson(rate);
    long[] t = new long[n];
    int k = 0;
    long span = Math.max(1, end - start);
    while (k < n) {
      double f = r.nextDouble();
      if (f > 0.42 && f < 0.52 && r.chance(0.6)) {
        continue; // lunch
      }
      t[k++] = start + (long) (f * span);
    }
    Arrays.sort(t);
    return t;
  }

  /** The plans whose local day can touch UTC day {@code day}: the day before, the day, the day after. */
  static int[] localDaysAround(int day) {
    return new int[] {day - 1, day, day + 1};
  }
}
