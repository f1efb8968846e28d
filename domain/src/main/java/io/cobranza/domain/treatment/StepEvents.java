package io.cobranza.domain.treatment;

import io.cobranza.domain.collection.HoldKind;
import io.cobranza.domain.protocol.ActionOption;
import io.cobranza.domain.protocol.Outcome;
import io.cobranza.domain.protocol.Step;
import io.cobranza.domain.protocol.WorkQueue;
import java.util.stream.Collectors;

/**
 * The events of the walk itself: its start, a wake-up, and the shell's answers to what the current
 * step asked for (a contact's outcome, the recommender's choice, a hand-off's report), kept in the
 * phase for the {@link Walker} to act on. An answer to a request no longer in flight is ignored.
 */
final class StepEvents {
  private final WorkingState state;

  StepEvents(WorkingState state) {
    this.state = state;
  }

  Handled started() {
    var at = state.theCase.currentStep();
    if (at != null) {
      if (state.theCase.isOpen()
          && state.visits.isEmpty()
          && state.phase instanceof Phase.Ready
          && state.timer == null) {
        // A restored case (CaseState.restored): enter its persisted step again.
        state.goTo(at);
        return Handled.APPLIED;
      }
      return Handled.IGNORED;
    }
    state.goTo(state.protocol.firstStep());
    return Handled.APPLIED;
  }

  Handled timerFired(long token) {
    if (state.timer == null || state.timer.token() != token) {
      return Handled.IGNORED;
    }
    state.timer = null;
    return Handled.APPLIED;
  }

  Handled outcomeReceived(CaseEvent.ContactOutcomeReceived event) {
    if (!(state.phase instanceof Phase.AwaitingOutcome awaiting)
        || !awaiting.idempotencyKey().equals(event.idempotencyKey())
        || awaiting.received() != null) {
      return Handled.IGNORED;
    }
    var outcome = Outcome.of(event.outcome());
    if (outcome.isProgressReport() && !state.step().on().containsKey(outcome)) {
      return Handled.IGNORED;
    }
    // Kept in the phase: applied now, or when a pause that began meanwhile ends.
    state.phase =
        new Phase.AwaitingOutcome(awaiting.idempotencyKey(), awaiting.deadline(), event.outcome());
    return Handled.APPLIED;
  }

  /**
   * The step's contact was not sent: its permission expired first. Unless the case has visited the
   * step again since, it goes back to the step, which asks the gate again under a new key once the
   * permission's end has passed: asked at once, the gate would give the same permission again.
   */
  Handled contactExpired(CaseEvent.ContactExpired event) {
    if (state.protocol.step(event.stepId()).isEmpty()
        || !state.key(event.stepId()).equals(event.idempotencyKey())) {
      return Handled.IGNORED;
    }
    state.goTo(event.stepId());
    if (event.expiredAt().isAfter(state.now)) {
      state.phase = new Phase.Deferred(event.expiredAt());
    }
    return Handled.APPLIED;
  }

  Handled recommendationReceived(CaseEvent.RecommendationReceived event) {
    if (!(state.phase instanceof Phase.AwaitingRecommendation awaiting)
        || !awaiting.requestId().equals(event.requestId())) {
      return Handled.IGNORED;
    }
    var step = state.step();
    if (!(step instanceof Step.Recommend recommend)
        || !recommend.options().contains(event.option())) {
      return Handled.rejected(
          event.option().label()
              + " is not one of the options of step '"
              + step.id()
              + "': "
              + optionsOf(step));
    }
    state.chosen = event.option();
    state.phase = new Phase.Ready();
    return Handled.APPLIED;
  }

  Handled handOffCompleted(CaseEvent.HandOffCompleted event) {
    boolean applies = false;
    if (event.queue() == WorkQueue.SPECIALIST
        && state.theCase.hasActiveHold(HoldKind.VULNERABILITY_REVIEW, state.now)) {
      // The specialist's review is done; automated escalation stays stopped until cleared.
      state.lift(HoldKind.VULNERABILITY_REVIEW);
      applies = true;
    }
    if (state.phase instanceof Phase.AwaitingHandOff handOff
        && !handOff.completed()
        && handOff.queue() == event.queue()) {
      state.phase =
          new Phase.AwaitingHandOff(
              event.queue(), handOff.insteadOfEscalation(), true, event.outcome());
      applies = true;
    }
    return applies ? Handled.APPLIED : Handled.IGNORED;
  }

  private String optionsOf(Step step) {
    return step instanceof Step.Recommend r
        ? r.options().stream().map(ActionOption::label).collect(Collectors.joining(", "))
        : "the step offers no options";
  }
}
