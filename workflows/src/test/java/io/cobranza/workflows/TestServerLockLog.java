package io.cobranza.workflows;

import io.temporal.testing.TestWorkflowEnvironment;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.Set;
import java.util.concurrent.locks.Lock;

/**
 * For the benchmark only: Temporal's in-process test server (1.38.0) keeps every time-skipping lock
 * and unlock event in a {@code LinkedList} "for debugging purposes only" and searches it from the
 * head each time a timer task (every timer, and every activity's and workflow task's timeout) lets
 * go of its lock; only those events are ever taken out, so the unlock events of every request and
 * the lock events whose handle was dropped pile up. The list grows with every task the server ever
 * ran, so the server's cost per task grows with the run: quadratic in the cases (a 5,000-case run
 * spent most of its time in {@code LinkedList.remove}). This swaps the list, in both the Cobranza
 * run and the floor's, for one that finds an event at once; the events are still kept (memory grows
 * with the run as before), and what the server does is unchanged.
 */
final class TestServerLockLog {
  private TestServerLockLog() {}

  /**
   * The events in the order they came, each found at once ({@code LockEvent} keeps {@code Object}'s
   * equality, so this is by identity, as {@code LinkedList.remove} is).
   */
  @SuppressWarnings("JdkObsolete") // the field's declared type
  static final class IdentityEvents extends LinkedList<Object> {
    private final Set<Object> events = new LinkedHashSet<>();

    @Override
    public boolean add(Object event) {
      return events.add(event);
    }

    @Override
    public boolean remove(Object event) {
      return events.remove(event);
    }

    @Override
    public Iterator<Object> iterator() {
      return events.iterator();
    }

    @Override
    public int size() {
      return events.size();
    }
  }

  /** Swaps the lock log of {@code env}'s in-process server; its events so far are kept. */
  static void makeConstant(TestWorkflowEnvironment env) {
    try {
      var service = field(env, "service");
      var timer = field(service, "selfAdvancingTimer");
      var lock = (Lock) field(timer, "lock");
      var logField = timer.getClass().getDeclaredField("lockEvents");
      logField.setAccessible(true);
      lock.lock();
      try {
        var replacement = new IdentityEvents();
        for (var event : (LinkedList<?>) logField.get(timer)) {
          replacement.add(event);
        }
        logField.set(timer, replacement);
      } finally {
        lock.unlock();
      }
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException(
          "the test server's lock log is not where Temporal 1.38.0 keeps it: " + e, e);
    }
  }

  private static Object field(Object owner, String name) throws ReflectiveOperationException {
    for (var type = owner.getClass(); type != null; type = type.getSuperclass()) {
      try {
        var field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(owner);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    throw new NoSuchFieldException(owner.getClass().getName() + "." + name);
  }
}
