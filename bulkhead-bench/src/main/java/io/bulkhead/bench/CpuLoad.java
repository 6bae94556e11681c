package io.bulkhead.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * CPU used by anything other than this benchmark (other processes, and time the hypervisor stole),
 * from Linux's {@code /proc/stat} and {@code /proc/self/stat}. A 2-core machine shared with builds
 * and test runs gives meaningless figures without it: a build running beside a timed read halved
 * its throughput once in this benchmark's own history. Tools the benchmark starts count as its own,
 * since their CPU time is added to this process's children's time when they are reaped.
 *
 * <p>Where {@code /proc} is missing, every figure is NaN and nothing waits.
 */
final class CpuLoad {
  /** Linux reports both files in USER_HZ ticks, 100 a second on every common configuration. */
  private static final double TICKS_PER_SECOND = 100.0;
  /** Other load, in cores, below which the machine counts as quiet. */
  static final double QUIET_CORES = 0.15;
  private static final long MAX_WAIT_MILLIS = 15 * 60 * 1000L;
  /** Builds start and stop in bursts; two quiet seconds are a better sign than one. */
  private static final long WINDOW_MILLIS = 2000;

  /** Busy ticks of the whole machine and of this process (with reaped children), at an instant. */
  record Snapshot(long machineBusy, long self, long nanos) {}

  private CpuLoad() {}

  static Snapshot now() {
    return new Snapshot(machineBusy(), selfTicks(), System.nanoTime());
  }

  /** Cores' worth of CPU used by others between two snapshots; NaN without {@code /proc}. */
  static double otherCores(Snapshot a, Snapshot b) {
    if (a.machineBusy() < 0 || b.machineBusy() < 0 || a.self() < 0 || b.self() < 0) {
      return Double.NaN;
    }
    double seconds = (b.nanos() - a.nanos()) / 1e9;
    long other = (b.machineBusy() - a.machineBusy()) - (b.self() - a.self());
    return Math.max(0, other) / TICKS_PER_SECOND / seconds;
  }

  /**
   * Waits until others use less than {@link #QUIET_CORES} over two seconds, saying so on {@code out}
   * when it has to wait; gives up after 15 minutes, and the result row then shows the load.
   */
  static void awaitQuiet(PrintStream out) {
    long deadline = System.currentTimeMillis() + MAX_WAIT_MILLIS;
    boolean said = false;
    while (true) {
      Snapshot a = now();
      sleep(WINDOW_MILLIS);
      double other = otherCores(a, now());
      if (Double.isNaN(other) || other < QUIET_CORES || System.currentTimeMillis() > deadline) {
        return;
      }
      if (!said) {
        out.printf(Locale.ROOT, "> waiting: other processes use %.2f cores%n%n", other);
        said = true;
      }
    }
  }

  /** user+nice+system+irq+softirq+steal of the {@code cpu} line: all but idle and iowait. */
  private static long machineBusy() {
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long busy = 0;
      for (int i = 1; i <= 8 && i < f.length; i++) {
        if (i != 4 && i != 5) {
          busy += Long.parseLong(f[i]);
        }
      }
      return busy;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** utime+stime+cutime+cstime of this process (fields 14 to 17 of {@code /proc/self/stat}). */
  private static long selfTicks() {
    try {
      String s = Files.readString(Path.of("/proc/self/stat"));
      // The command name in parentheses may hold spaces; fields are counted after it.
      String[] f = s.substring(s.lastIndexOf(')') + 2).trim().split("\\s+");
      return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
