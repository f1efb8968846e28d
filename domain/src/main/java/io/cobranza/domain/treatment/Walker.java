package io.cobranza.domain.treatment;

import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.message.MessageRequest;
import io.cobranza.domain.protocol.Outcome;
import io.cobranza.domain.protocol.Step;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Walks the case through its protocol after every applied event: takes the steps whose wait is over
 * and enters the next one, until the case waits for something (an event, the clock, the end of a
 * pause). A contact or an escalation first asks the shell for the contact context; when it comes,
 * the step is put to the gate through the {@link GateStep}.
 */
final class Walker {
  private final WorkingState state;
  private final GateStep gateStep;

  Walker(WorkingState state, ContactGate gate) {
    this.state = state;
    this.gateStep = new GateStep(gate, state);
  }

  /** The debtor and history the step asked for: its contact or escalation is decided now. */
  Handled contextLoaded(CaseEvent.ContactContextLoaded event) {
    if (!(state.phase instanceof Phase.LoadingContext loading)
        || !loading.requestId().equals(event.requestId())) {
      return Handled.IGNORED;
    }
    if (!event.debtor().id().equals(state.theCase.debtorId())) {
      return Handled.rejected(
          "the contact context is debtor "
              + event.debtor().id()
              + "'s, but case "
              + state.theCase.id()
              + " is debtor "
              + state.theCase.debtorId()
              + "'s");
    }
    var step = state.step();
    switch (Intent.of(step, state.chosen)) {
      case Intent.Contact contact ->
          gateStep.contact(step, contact, event.debtor(), event.history(), event.message());
      case Intent.Escalation escalation -> gateStep.escalate(step, escalation, event.debtor());
      default -> state.phase = new Phase.Ready();
    }
    return Handled.APPLIED;
  }

  /** Moves the case on until it waits for something: an event, the clock, the end of a pause. */
  void advance() {
    var now = state.now;
    int bound = 4 * state.protocol.steps().size() + 8;
    for (int i = 0; i < bound; i++) {
      if (!state.theCase.isOpen() || state.theCase.currentStep() == null) {
        return;
      }
      lapsePromise();
      if (state.paused()) {
        return;
      }
      var step = state.step();
      switch (state.phase) {
        case Phase.Ready _ -> {
          enter(step);
          return;
        }
        case Phase.Deferred deferred -> {
          if (now.isBefore(deferred.until())) {
            return;
          }
          state.phase = new Phase.Ready();
        }
        case Phase.AwaitingHours awaiting -> {
          if (now.isBefore(awaiting.until())) {
            return;
          }
          state.phase = new Phase.Ready();
        }
        case Phase.Waiting waiting -> {
          if (now.isBefore(waiting.until())) {
            return;
          }
          state.branchOrNext(null);
        }
        case Phase.AwaitingOutcome awaiting -> {
          var received = awaiting.received();
          if (received != null) {
            state.branchOrNext(Outcome.of(received));
          } else if (!now.isBefore(awaiting.deadline())) {
            state.branchOrNext(Outcome.NO_RESPONSE);
          } else {
            return;
          }
        }
        case Phase.AwaitingRecommendation awaiting -> {
          if (now.isBefore(awaiting.deadline()) || !(step instanceof Step.Recommend r)) {
            return;
          }
          state.chosen = r.options().getFirst();
          state.phase = new Phase.Ready();
        }
        case Phase.AwaitingHandOff handOff -> {
          if (!handOff.completed()) {
            return;
          }
          var outcome = handOff.outcome();
          var reported = outcome == null ? null : Outcome.of(outcome);
          if (reported != null && step.on().containsKey(reported)) {
            state.branchOrNext(reported);
          } else {
            // An escalation replaced by a hand-off was not taken, as if the gate had refused it.
            state.branchOrNext(handOff.insteadOfEscalation() ? Outcome.REFUSED : null);
          }
        }
        case Phase.LoadingContext _ -> {
          return;
        }
        case Phase.Ended _ -> {
          return;
        }
      }
    }
    throw new IllegalStateException(
        "protocol "
            + state.protocol.label()
            + " moved through "
            + bound
            + " steps without waiting at "
            + state.theCase.currentStep()
            + "; validation should have refused it");
  }

  /**
   * A promise with no word by its date plus the grace counts as broken for the treatment, so that
   * the protocol does not race the payments side's verdict; a late verdict is ignored.
   */
  private void lapsePromise() {
    if (state.promise != null && !state.promise.pausesAt(state.now)) {
      state.promise = null;
      state.branchOrStay(Outcome.PROMISE_BROKEN);
    }
  }

  /** The step acts: every action ends in waiting for something. */
  private void enter(Step step) {
    var now = state.now;
    switch (Intent.of(step, state.chosen)) {
      case Intent.Contact c -> {
        // A contact chosen for a part of the debtor's day waits for it (in the case's zone); the
        // gate then decides as for any other contact, and a deferral that moves it out of the
        // band brings it back here to wait for the band again.
        var hours = c.hours();
        var inBand = hours == null ? now : hours.nextFrom(now, state.before.zone());
        if (inBand.isAfter(now)) {
          state.phase = new Phase.AwaitingHours(inBand, Objects.requireNonNull(hours));
        } else {
          loadContext(new MessageRequest(c.template(), c.channel(), c.purpose(), c.planOffer()));
        }
      }
      case Intent.Escalation e -> {
        if (state.escalationStopped) {
          gateStep.handOffInsteadOfEscalating(step, e.kind());
        } else {
          loadContext(null);
        }
      }
      case Intent.Wait w -> state.phase = new Phase.Waiting(now.plus(w.duration()));
      case Intent.Ask a -> {
        var requestId = state.nextId("recommendation");
        state.commands.add(new Command.AskRecommender(requestId, step.id(), a.options()));
        state.phase =
            new Phase.AwaitingRecommendation(
                requestId, now.plus(ProtocolEngine.RECOMMENDATION_TIMEOUT));
      }
      case Intent.HandOff h -> {
        state.commands.add(new Command.HandOff(h.queue(), h.reason(), state.key(step.id())));
        state.phase = new Phase.AwaitingHandOff(h.queue(), false, false, null);
      }
      case Intent.End e -> {
        state.phase = new Phase.Ended(e.resolution());
        var protocol = state.protocol;
        if (e.resolution().closesCase()) {
          state.close(
              "protocol " + protocol.label() + " ended at '" + step.id() + "': " + e.resolution());
        } else {
          state.commands.add(
              new Command.RecordProtocolEnd(
                  protocol.id(), protocol.version(), step.id(), e.resolution()));
        }
      }
    }
  }

  /**
   * The debtor and contact history come first: the gate needs them, and they may have changed; so
   * does the message a contact would send, rendered for the debtor as they are now.
   */
  private void loadContext(@Nullable MessageRequest message) {
    var requestId = state.nextId("context");
    state.commands.add(new Command.LoadContactContext(requestId, message));
    state.phase = new Phase.LoadingContext(requestId);
  }
}
