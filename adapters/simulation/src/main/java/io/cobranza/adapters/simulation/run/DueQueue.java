package io.cobranza.adapters.simulation.run;

import io.cobranza.domain.treatment.CaseEvent;
import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The run's discrete-event clock: what is due for which case, taken in order of its instant; things
 * due at the same instant keep the order they were scheduled in.
 */
final class DueQueue {
  /** One thing due for one case; {@code seq} is its place in the order of scheduling. */
  record Entry(Instant at, long seq, SimulatedCase forCase, Due what) {}

  private final PriorityQueue<Entry> queue =
      new PriorityQueue<>(Comparator.comparing(Entry::at).thenComparingLong(Entry::seq));
  private long seq;
  private Consumer<Instant> onSchedule = at -> {};

  /**
   * Tells {@code onSchedule} each instant something is scheduled for (a shell with its own clock
   * wakes the world then).
   */
  void onSchedule(Consumer<Instant> onSchedule) {
    this.onSchedule = onSchedule;
  }

  void schedule(Instant at, SimulatedCase c, Due what) {
    queue.add(new Entry(at, seq++, c, what));
    onSchedule.accept(at);
  }

  /** An event for the case's protocol, due at {@code at}. */
  void schedule(Instant at, SimulatedCase c, CaseEvent event) {
    schedule(at, c, new Due.Event(event));
  }

  /** Takes the next thing due no later than {@code upTo}; null when there is none. */
  @Nullable Entry next(Instant upTo) {
    var first = queue.peek();
    return first == null || first.at().isAfter(upTo) ? null : queue.poll();
  }
}
