package io.bulkhead.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The buffer that orders correlation inputs behaves exactly as a priority queue, whatever the
 * mix of in-order runs, stragglers and polls (more interleaved runs than it keeps included).
 */
final class SigmaOrderedBufferTest {

  /**
   * Operations: a source 0-11 adds its next value (each source rises by a random step from a
   * random start, like a log file in time order), 12 adds a straggler, -1 polls.
   */
  @Provide
  Arbitrary<List<Integer>> operations() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0, 12)),
        net.jqwik.api.Tuple.of(2, Arbitraries.just(-1))).list().ofMaxSize(300);
  }

  @Property(tries = 500)
  void buffer_pollsWhatAPriorityQueueWould(@ForAll("operations") List<Integer> ops, @ForAll long seed) {
    java.util.Random random = new java.util.Random(seed);
    int[] next = new int[13];
    for (int i = 0; i < next.length; i++) {
      next[i] = random.nextInt(50);
    }
    OrderedBuffer<Integer> buffer = new OrderedBuffer<>(Comparator.naturalOrder());
    PriorityQueue<Integer> model = new PriorityQueue<>();
    for (int source : ops) {
      int op = source < 0 ? -1 : source == 12 ? random.nextInt(500) : (next[source] += random.nextInt(5));
      if (op < 0) {
        assertThat(buffer.peek()).isEqualTo(model.peek());
        assertThat(buffer.poll()).isEqualTo(model.poll());
      } else {
        buffer.add(op);
        model.add(op);
      }
      assertThat(buffer.size()).isEqualTo(model.size());
    }
    while (!model.isEmpty()) {
      assertThat(buffer.poll()).isEqualTo(model.poll());
    }
    assertThat(buffer.isEmpty()).isTrue();
    assertThat(buffer.poll()).isNull();
  }
}
