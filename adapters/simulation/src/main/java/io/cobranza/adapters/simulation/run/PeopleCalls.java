package io.cobranza.adapters.simulation.run;

import io.cobranza.adapters.simulation.world.Reaction;
import io.cobranza.domain.contact.ContactDecision;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.Initiator;
import io.cobranza.domain.contact.ProposedContact;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.protocol.WorkQueue;
import io.cobranza.domain.treatment.CaseEvent;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * People's calls after a hand-off: an agent or a specialist calls the debtor. A person's call obeys
 * the contact rules too: the person asks the gate first, calls later when deferred, and closes the
 * hand-off without a call when refused; the call joins the debtor's contacts.
 */
final class PeopleCalls {
  private final ContactGate gate;
  private final DueQueue queue;
  private final Tally tally;
  private final Reactions reactions;

  PeopleCalls(ContactGate gate, DueQueue queue, Tally tally, Reactions reactions) {
    this.gate = gate;
    this.queue = queue;
    this.tally = tally;
    this.reactions = reactions;
  }

  /** A person calls the case's debtor, if the case is still open (as {@code shell} holds it). */
  void call(Shell shell, SimulatedCase c, Due.PersonCall call, Instant at) {
    var caseNow = shell.caseOf(c);
    if (!caseNow.isOpen()) {
      return;
    }
    var phone = c.debtor.addressFor(Channel.VOICE, at);
    var history = ContactHistory.of(List.copyOf(c.attempts));
    var proposed =
        phone.isEmpty()
            ? null
            : new ProposedContact(
                Channel.VOICE,
                phone.get().address(),
                Set.of(c.account.id()),
                ContactPurpose.COLLECTION,
                Initiator.PERSON,
                List.of());
    var decision = proposed == null ? null : gate.decide(c.debtor, caseNow, history, proposed, at);
    if (decision instanceof ContactDecision.Deferred deferred) {
      tally.deferred();
      queue.schedule(deferred.until(), c, call);
      return;
    }
    if (!(decision instanceof ContactDecision.Allowed)) {
      tally.refused();
      shell.deliver(
          c,
          new CaseEvent.HandOffCompleted(
              call.queue(), "simulated " + call.queue().name().toLowerCase(Locale.ROOT), null),
          at);
      return;
    }
    tally.contactMade(c, caseNow, proposed, at);
    var key = "SC-" + c.world.index() + ":person:" + at.toEpochMilli();
    c.sent(key, proposed, at);
    if (call.queue() == WorkQueue.SPECIALIST) {
      c.recordOutcome(key, ContactOutcome.RIGHT_PARTY_CONTACT);
      reactions.afterHandOff(
          c,
          call.queue(),
          List.of(
              new Reaction.Outcome(at, ContactOutcome.RIGHT_PARTY_CONTACT),
              specialistsPlan(c, at)));
      return;
    }
    reactions.toPersonCall(c, key, call.queue(), at);
  }

  /** A specialist agrees what the debtor can afford at their own rhythm, without pressure. */
  private static Reaction.AgreesPlan specialistsPlan(SimulatedCase c, Instant at) {
    var t = c.world.traits();
    long monthly = Math.max(100, Math.round(c.world.originalCents() * t.ability() * 0.5));
    long instalment =
        switch (t.cadence()) {
          case WEEKLY -> Math.max(100, monthly * 12 / 52);
          case FORTNIGHTLY -> Math.max(100, monthly * 12 / 26);
          case MONTHLY -> monthly;
        };
    int instalments = (int) Math.min(104, (c.world.owedCents() + instalment - 1) / instalment);
    return new Reaction.AgreesPlan(at, t.cadence(), instalment, instalments, 0.9);
  }
}
