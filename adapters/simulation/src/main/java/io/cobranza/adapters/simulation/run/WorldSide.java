package io.cobranza.adapters.simulation.run;

import io.cobranza.adapters.simulation.scenario.Scenario;
import io.cobranza.application.treatment.ContactContext;
import io.cobranza.application.treatment.PermittedOptions;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.contact.Direction;
import io.cobranza.domain.contact.Initiator;
import io.cobranza.domain.contact.ProposedContact;
import io.cobranza.domain.protocol.ActionOption;
import io.cobranza.domain.protocol.WorkQueue;
import io.cobranza.domain.treatment.Command;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The world's side of the platform's commands: what a contact, a choice, a hand-off, an escalation,
 * a refusal or a deferral does in the simulated world. Either shell calls these, the engine shell
 * as it carries out the engine's commands and the workflow shell from the workflows' activities, so
 * both runs meet the same debtors in the same way.
 */
final class WorldSide {
  private final Scenario scenario;
  private final Strategy strategy;
  private final ContactGate gate;
  private final ContactGate audit;
  private final DueQueue queue;
  private final Tally tally;
  private final Reactions reactions;

  WorldSide(
      Scenario scenario,
      Strategy strategy,
      ContactGate gate,
      ContactGate audit,
      DueQueue queue,
      Tally tally,
      Reactions reactions) {
    this.scenario = scenario;
    this.strategy = strategy;
    this.gate = gate;
    this.audit = audit;
    this.queue = queue;
    this.tally = tally;
    this.reactions = reactions;
  }

  /** The debtor and contact history as the platform would load them for the gate. */
  ContactContext contactContext(SimulatedCase c) {
    return new ContactContext(c.debtor, ContactHistory.of(List.copyOf(c.attempts)));
  }

  /** The gate refused a step's contact. */
  void refused() {
    tally.refused();
  }

  /** The gate deferred a step's contact. */
  void deferred() {
    tally.deferred();
  }

  /**
   * The strategy's choice at a recommend step, among the options the gate permits now; its reward
   * falls due a window later.
   */
  ActionOption choose(
      SimulatedCase c,
      String stepId,
      List<ActionOption> offered,
      Instant at,
      CollectionCase caseNow) {
    int i = c.index();
    var options =
        PermittedOptions.of(
            gate, c.debtor, caseNow, ContactHistory.of(List.copyOf(c.attempts)), offered, at);
    var decisionId = "SC-" + i + ":" + stepId + ":" + (++c.decisions);
    var choice = strategy.choose(c.observation(at), decisionId, stepId, options);
    queue.schedule(
        at.plus(Simulation.REWARD_WINDOW),
        c,
        new Due.Reward(decisionId, c.world.owedCents(), c.standing()));
    return choice;
  }

  /** The case goes to people: a person calls a few days later. */
  void handOff(SimulatedCase c, Command.HandOff handOff, Instant at) {
    tally.handedOff(c, handOff.queue());
    queue.schedule(
        at.plus(Duration.ofDays(handOff.queue() == WorkQueue.SPECIALIST ? 3 : 2)),
        c,
        new Due.PersonCall(handOff.queue()));
  }

  /** A machine escalated the case. */
  void escalate(SimulatedCase c) {
    tally.escalated(c);
  }

  /** A contact the platform sent: checked again, counted, recorded, and answered by the debtor. */
  void send(SimulatedCase c, Command.SendContact send, Instant at, CollectionCase caseNow) {
    var proposed =
        new ProposedContact(
            send.channel(),
            send.address(),
            Set.copyOf(send.accountIds()),
            send.purpose(),
            Initiator.AUTOMATED,
            List.of());
    tally.audited(
        audit.decide(c.debtor, caseNow, ContactHistory.of(List.copyOf(c.attempts)), proposed, at));
    tally.contacted(c, scenario.costOf(send.channel()));
    c.attempts.add(
        new ContactAttempt(
            send.idempotencyKey(),
            c.debtor.id(),
            Set.copyOf(send.accountIds()),
            send.channel(),
            Direction.OUTBOUND,
            send.address(),
            at,
            ContactOutcome.SENT,
            false));
    reactions.toContact(c, send, at);
  }
}
