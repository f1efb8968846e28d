package io.cobranza.domain.treatment;

import io.cobranza.domain.contact.ContactDecision;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.Initiator;
import io.cobranza.domain.contact.MessageFacts;
import io.cobranza.domain.contact.ProposedContact;
import io.cobranza.domain.contact.ProposedEscalation;
import io.cobranza.domain.contact.Recipient;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.protocol.Outcome;
import io.cobranza.domain.protocol.Step;
import io.cobranza.domain.protocol.WorkQueue;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A contact or an escalation put to the {@link ContactGate}, the only judge of what is lawful, once
 * the shell has loaded the debtor and the contact history; and what the gate's answer does to the
 * step.
 */
final class GateStep {
  private final ContactGate gate;
  private final WorkingState state;

  GateStep(ContactGate gate, WorkingState state) {
    this.gate = gate;
    this.state = state;
  }

  void contact(
      Step step,
      Intent.Contact intent,
      Debtor debtor,
      ContactHistory history,
      @Nullable MessageFacts rendered) {
    var now = state.now;
    var point = debtor.addressFor(intent.channel(), now);
    if (point.isEmpty()) {
      state.commands.add(
          new Command.RecordSkipped(
              step.id(),
              "debtor "
                  + debtor.id()
                  + " has no address for "
                  + intent.channel()
                  + " that they have not opted out of"));
      state.branchOrNext(Outcome.UNREACHABLE);
      return;
    }
    var address = point.get().address();
    // Facts of another template or channel than the step's say nothing about this contact.
    var message =
        rendered != null
                && rendered.template().equals(intent.template())
                && rendered.channel() == intent.channel()
            ? rendered
            : null;
    var proposed =
        new ProposedContact(
            intent.channel(),
            address,
            Set.copyOf(state.accountIds()),
            intent.purpose(),
            Initiator.AUTOMATED,
            List.of(),
            Recipient.theDebtor(),
            message);
    switch (gate.decide(debtor, state.theCase, history, proposed, now)) {
      case ContactDecision.Allowed allowed -> {
        var key = state.key(step.id());
        state.commands.add(
            new Command.SendContact(
                key,
                step.id(),
                intent.channel(),
                address,
                intent.template(),
                state.accountIds(),
                intent.purpose(),
                intent.planOffer(),
                allowed.expiresAt(),
                message));
        if (intent.awaitsOutcome()) {
          state.phase = new Phase.AwaitingOutcome(key, now.plus(intent.awaitOutcome()), null);
        } else {
          state.branchOrNext(null);
        }
      }
      case ContactDecision.Deferred d -> deferred(step, d);
      case ContactDecision.Refused r -> refused(step, r);
    }
  }

  void escalate(Step step, Intent.Escalation intent, Debtor debtor) {
    if (state.escalationStopped) {
      handOffInsteadOfEscalating(step, intent.kind());
      return;
    }
    var proposed =
        new ProposedEscalation(intent.kind(), Set.copyOf(state.accountIds()), Initiator.AUTOMATED);
    switch (gate.decideEscalation(debtor, state.theCase, proposed, state.now)) {
      case ContactDecision.Allowed _ -> {
        state.commands.add(
            new Command.Escalate(intent.kind(), state.accountIds(), state.key(step.id())));
        state.branchOrNext(null);
      }
      case ContactDecision.Deferred d -> deferred(step, d);
      case ContactDecision.Refused r -> refused(step, r);
    }
  }

  /**
   * While the debtor is flagged vulnerable the gate is not asked about an escalation: a specialist
   * decides instead, and when they report back the step goes on as if the gate had refused.
   */
  void handOffInsteadOfEscalating(Step step, ProposedEscalation.Kind kind) {
    state.commands.add(
        new Command.HandOff(
            WorkQueue.SPECIALIST,
            "step '"
                + step.id()
                + "' would escalate ("
                + kind
                + "), but the debtor is flagged vulnerable: a specialist decides",
            state.key(step.id())));
    state.phase = new Phase.AwaitingHandOff(WorkQueue.SPECIALIST, true, false, null);
  }

  private void deferred(Step step, ContactDecision.Deferred deferred) {
    state.commands.add(new Command.RecordDeferral(step.id(), deferred));
    state.phase = new Phase.Deferred(deferred.until());
  }

  private void refused(Step step, ContactDecision.Refused refused) {
    state.commands.add(new Command.RecordRefusal(step.id(), refused));
    state.branchOrNext(Outcome.REFUSED);
  }
}
