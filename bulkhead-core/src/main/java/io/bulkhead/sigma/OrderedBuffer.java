package io.bulkhead.sigma;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A priority queue for items that mostly arrive in order: a hunt reads files that are each in
 * time order, interleaved. Items are appended to one of a few sorted runs when they do not go
 * backwards in it (constant time), and only the rest go to a heap; the least item is the least
 * of the run heads and the heap's top. Polling yields exactly what one priority queue would.
 *
 * <p>Not thread-safe.
 */
final class OrderedBuffer<T> {
  /** Runs kept: one per interleaved ordered source, as many as a hunt usually mixes. */
  private static final int MAX_RUNS = 8;

  private final Comparator<? super T> order;
  private final List<ArrayDeque<T>> runs = new ArrayList<>();
  private final PriorityQueue<T> rest;
  private int size;

  OrderedBuffer(Comparator<? super T> order) {
    this.order = order;
    this.rest = new PriorityQueue<>(order);
  }

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  void add(T item) {
    size++;
    // Of the runs this item does not go backwards in, the one whose last item is greatest:
    // that keeps the runs tight.
    ArrayDeque<T> best = null;
    ArrayDeque<T> empty = null;
    for (ArrayDeque<T> run : runs) {
      T last = run.peekLast();
      if (last == null) {
        empty = empty == null ? run : empty;
      } else if (order.compare(last, item) <= 0 && (best == null || order.compare(best.peekLast(), last) < 0)) {
        best = run;
      }
    }
    if (best == null) {
      best = empty;
    }
    if (best == null && runs.size() < MAX_RUNS) {
      best = new ArrayDeque<>();
      runs.add(best);
    }
    if (best != null) {
      best.addLast(item);
    } else {
      rest.add(item);
    }
  }

  /** The least item, or null when empty. */
  T peek() {
    T min = rest.peek();
    for (ArrayDeque<T> run : runs) {
      T head = run.peekFirst();
      if (head != null && (min == null || order.compare(head, min) < 0)) {
        min = head;
      }
    }
    return min;
  }

  /** Removes and returns the least item, or null when empty. */
  T poll() {
    T min = rest.peek();
    ArrayDeque<T> from = null;
    for (ArrayDeque<T> run : runs) {
      T head = run.peekFirst();
      if (head != null && (min == null || order.compare(head, min) < 0)) {
        min = head;
        from = run;
      }
    }
    if (min == null) {
      return null;
    }
    size--;
    return from == null ? rest.poll() : from.pollFirst();
  }
}
