package io.bulkhead.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches heap use while a run is going on. Two views, because each alone misleads: the peak of
 * heap used (sampled every few milliseconds and taken from every collection's before-GC figure)
 * is mostly the collector's choice of when to collect, while the largest heap left after a
 * collection bounds what the reader really keeps alive. Flat memory means the second stays flat as
 * the input grows.
 */
final class HeapWatch {
  private static final long SAMPLE_MILLIS = 5;

  /**
   * What one run used: peak heap used, largest heap after a collection, number of collections (all
   * collectors, concurrent cycles included) and the heap's maximum size.
   */
  record Peak(long used, long liveAfterGc, long collections, long maxHeap) {}

  private final Set<String> heapPools;
  private final LongAccumulator peakUsed = new LongAccumulator(Math::max, 0);
  private final LongAccumulator peakAfter = new LongAccumulator(Math::max, 0);
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener listener = this::onGc;
  private final long collectionsAtStart;
  private final Thread sampler;
  private volatile boolean running = true;

  private HeapWatch() {
    heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .map(MemoryPoolMXBean::getName)
        .collect(Collectors.toUnmodifiableSet());
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter e) {
        e.addNotificationListener(listener, null, null);
        emitters.add(e);
      }
    }
    collectionsAtStart = collections();
    sampler = Thread.ofPlatform().daemon().name("heap-watch").unstarted(this::sample);
  }

  /** Starts watching; call {@link #stop()} when the run is over. */
  static HeapWatch start() {
    HeapWatch w = new HeapWatch();
    w.sampler.start();
    return w;
  }

  Peak stop() {
    running = false;
    try {
      sampler.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (NotificationEmitter e : emitters) {
      try {
        e.removeNotificationListener(listener);
      } catch (ListenerNotFoundException ignored) {
        // Already gone: nothing left to remove.
      }
    }
    long max = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    return new Peak(peakUsed.get(), peakAfter.get(), collections() - collectionsAtStart, max);
  }

  private void sample() {
    var memory = ManagementFactory.getMemoryMXBean();
    while (running) {
      peakUsed.accumulate(memory.getHeapMemoryUsage().getUsed());
      try {
        Thread.sleep(SAMPLE_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void onGc(Notification n, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
      return;
    }
    var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
    peakUsed.accumulate(heapSum(info.getMemoryUsageBeforeGc()));
    peakAfter.accumulate(heapSum(info.getMemoryUsageAfterGc()));
  }

  private long heapSum(Map<String, MemoryUsage> pools) {
    long sum = 0;
    for (Map.Entry<String, MemoryUsage> e : pools.entrySet()) {
      if (heapPools.contains(e.getKey())) {
        sum += e.getValue().getUsed();
      }
    }
    return sum;
  }

  private static long collections() {
    long n = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      n += Math.max(0, gc.getCollectionCount());
    }
    return n;
  }
}
