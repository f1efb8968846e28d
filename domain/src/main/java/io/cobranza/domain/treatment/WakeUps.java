package io.cobranza.domain.treatment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The one wake-up a case waits for: worked out last in every applied transition, from where the
 * walk stopped and what pauses it.
 */
final class WakeUps {
  private final WorkingState state;

  WakeUps(WorkingState state) {
    this.state = state;
  }

  /** Asks for one wake-up at the next instant something changes by itself, if any. */
  void reconcile() {
    var wakeAt = wakeAt();
    if (wakeAt == null) {
      state.timer = null;
    } else if (state.timer == null || !state.timer.at().equals(wakeAt)) {
      state.sequence++;
      state.timer = new CaseState.Timer(wakeAt, state.sequence);
      state.commands.add(new Command.ScheduleWakeUp(wakeAt, state.sequence));
    }
  }

  private @Nullable Instant wakeAt() {
    var theCase = state.theCase;
    if (!theCase.isOpen() || theCase.currentStep() == null) {
      return null;
    }
    if (state.paused()) {
      return resumesAt();
    }
    return switch (state.phase) {
      case Phase.Deferred d -> d.until();
      case Phase.AwaitingHours a -> a.until();
      case Phase.Waiting w -> w.until();
      case Phase.AwaitingOutcome a -> a.received() == null ? a.deadline() : null;
      case Phase.AwaitingRecommendation a -> a.deadline();
      default -> null;
    };
  }

  /** When every pause will have ended by itself, or null if one needs an event to end. */
  private @Nullable Instant resumesAt() {
    if (state.plan != null) {
      return null;
    }
    var now = state.now;
    Instant at = null;
    if (state.theCase.isOnHoldAt(now)) {
      var lift = state.theCase.holdsLiftAt(now);
      if (lift.isEmpty()) {
        return null;
      }
      at = lift.get();
    }
    var promise = state.promise;
    if (promise != null && promise.pausesAt(now)) {
      var until = promise.pausesUntil();
      at = at == null || until.isAfter(at) ? until : at;
    }
    return at;
  }
}
