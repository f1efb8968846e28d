package io.cobranza.domain.treatment;

import io.cobranza.domain.collection.Hold;
import io.cobranza.domain.collection.HoldKind;
import io.cobranza.domain.protocol.WorkQueue;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Holds placed and lifted by events (disputes, cease, moratoria, complaints, debt advice, a
 * manager's pause) and the vulnerability flag, which places a review hold and stops automated
 * escalation until it is cleared.
 */
final class Holds {
  private final WorkingState state;

  Holds(WorkingState state) {
    this.state = state;
  }

  Handled place(HoldKind kind, @Nullable Instant until, String note) {
    if (state.theCase.hasActiveHold(kind, state.now)) {
      return Handled.IGNORED;
    }
    if (until != null && !until.isAfter(state.now)) {
      return Handled.rejected(
          "a " + kind + " hold ending at " + until + " would end before it starts");
    }
    state.hold(new Hold(kind, state.now, until, note));
    state.suspendIfPaused();
    return Handled.APPLIED;
  }

  Handled lift(HoldKind kind) {
    if (!state.theCase.hasActiveHold(kind, state.now)) {
      return Handled.IGNORED;
    }
    state.lift(kind);
    return Handled.APPLIED;
  }

  Handled vulnerabilityFlagged(String reason) {
    boolean underReview = state.theCase.hasActiveHold(HoldKind.VULNERABILITY_REVIEW, state.now);
    if (state.escalationStopped && underReview) {
      return Handled.IGNORED;
    }
    state.escalationStopped = true;
    if (!underReview) {
      state.hold(
          new Hold(
              HoldKind.VULNERABILITY_REVIEW, state.now, null, "vulnerability flagged: " + reason));
    }
    state.commands.add(
        new Command.HandOff(
            WorkQueue.SPECIALIST,
            "vulnerability flagged: " + reason + "; automated escalation is stopped",
            state.nextId("vulnerability")));
    state.suspendIfPaused();
    return Handled.APPLIED;
  }

  Handled vulnerabilityCleared() {
    boolean underReview = state.theCase.hasActiveHold(HoldKind.VULNERABILITY_REVIEW, state.now);
    if (!state.escalationStopped && !underReview) {
      return Handled.IGNORED;
    }
    state.escalationStopped = false;
    if (underReview) {
      state.lift(HoldKind.VULNERABILITY_REVIEW);
    }
    return Handled.APPLIED;
  }

  static String note(String note) {
    return note.isBlank() ? "no note" : note;
  }
}
