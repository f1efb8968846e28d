package io.cobranza.domain.treatment;

import io.cobranza.domain.collection.HoldKind;
import io.cobranza.domain.protocol.ProtocolError;
import io.cobranza.domain.protocol.ProtocolValidation;
import io.cobranza.domain.protocol.TreatmentProtocol;
import io.cobranza.domain.segment.SegmentId;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A manager's requests (pause, resume, skip to a step, close) and a new protocol assigned to the
 * case. A request that cannot be met is rejected with a reason, never half done.
 */
final class ManagerRequests {
  private final WorkingState state;
  private final Holds holds;

  ManagerRequests(WorkingState state) {
    this.state = state;
    this.holds = new Holds(state);
  }

  Handled paused(String by, String reason) {
    if (by.isBlank() || reason.isBlank()) {
      return Handled.rejected("a pause needs the manager and a reason");
    }
    if (state.theCase.hasActiveHold(HoldKind.MANAGER_PAUSE, state.now)) {
      return Handled.rejected("case " + state.theCase.id() + " is already paused by a manager");
    }
    return holds.place(HoldKind.MANAGER_PAUSE, null, "paused by " + by + ": " + reason);
  }

  Handled resumed(String by) {
    if (by.isBlank()) {
      return Handled.rejected("resuming needs the manager");
    }
    if (!state.theCase.hasActiveHold(HoldKind.MANAGER_PAUSE, state.now)) {
      return Handled.rejected("case " + state.theCase.id() + " is not paused by a manager");
    }
    return holds.lift(HoldKind.MANAGER_PAUSE);
  }

  Handled skippedTo(String stepId, String by) {
    if (by.isBlank()) {
      return Handled.rejected("skipping needs the manager");
    }
    if (state.theCase.currentStep() == null) {
      return Handled.rejected("case " + state.theCase.id() + " has not started its protocol");
    }
    if (state.protocol.step(stepId).isEmpty()) {
      return Handled.rejected(
          "protocol "
              + state.protocol.label()
              + " has no step '"
              + stepId
              + "'; its steps are "
              + String.join(", ", state.protocol.stepIds()));
    }
    state.goTo(stepId);
    return Handled.APPLIED;
  }

  Handled closed(String reason, String by) {
    if (by.isBlank() || reason.isBlank()) {
      return Handled.rejected("closing needs the manager and a reason");
    }
    state.close("closed by " + by + ": " + reason);
    return Handled.APPLIED;
  }

  Handled reassigned(TreatmentProtocol next, @Nullable SegmentId segment) {
    if (next.validate() instanceof ProtocolValidation.Invalid invalid) {
      return Handled.rejected(
          "protocol "
              + next.label()
              + " is invalid: "
              + invalid.errors().stream()
                  .map(ProtocolError::toString)
                  .collect(Collectors.joining("; ")));
    }
    if (next.id().equals(state.protocol.id()) && next.version() == state.protocol.version()) {
      return Handled.IGNORED;
    }
    boolean wasStarted = state.theCase.currentStep() != null;
    state.protocol = next;
    state.theCase =
        state.theCase.assign(
            segment != null ? segment : state.theCase.segment(), next.id(), next.version());
    state.phase = new Phase.Ready();
    state.chosen = null;
    if (wasStarted) {
      // Visits are not reset: a step id the new protocol shares with the old gets new keys.
      state.goTo(next.firstStep());
    }
    return Handled.APPLIED;
  }
}
