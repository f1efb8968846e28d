package io.cobranza.adapters.simulation.run;

import io.cobranza.adapters.simulation.world.Reaction;
import io.cobranza.adapters.simulation.world.SimulatedDebtor;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.protocol.WorkQueue;
import io.cobranza.domain.treatment.CaseEvent;
import io.cobranza.domain.treatment.Command;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The world's reactions: how a simulated debtor answers a contact (from their hidden traits, {@link
 * SimulatedDebtor#onContact}), and each answer put on the run's clock: an outcome for the contact
 * or the hand-off, a payment, a promise or a plan for the ledger, a complaint, a dispute, a
 * disclosure of vulnerability.
 */
final class Reactions {
  /** How long a complaint keeps the case on hold. */
  static final Duration COMPLAINT_HANDLING = Duration.ofDays(14);

  /** How long a dispute takes to resolve. */
  static final Duration DISPUTE_HANDLING = Duration.ofDays(30);

  private final DueQueue queue;
  private final Ledger ledger;
  private final Tally tally;

  Reactions(DueQueue queue, Ledger ledger, Tally tally) {
    this.queue = queue;
    this.ledger = ledger;
    this.tally = tally;
  }

  /** The debtor answers a contact the platform sent; its outcome goes to that contact. */
  void toContact(SimulatedCase c, Command.SendContact send, Instant at) {
    react(
        c,
        c.world.onContact(send.channel(), kindOf(send), send.planOffer(), at, false),
        send.idempotencyKey(),
        null);
  }

  /**
   * The debtor answers a person's call after a hand-off to {@code queue}: the call ({@code key}) is
   * recorded with the first outcome, which completes the hand-off.
   */
  void toPersonCall(SimulatedCase c, String key, WorkQueue queue, Instant at) {
    var reactions = c.world.onContact(Channel.VOICE, SimulatedDebtor.Kind.CALL, null, at, true);
    for (var reaction : reactions) {
      if (reaction instanceof Reaction.Outcome outcome) {
        c.recordOutcome(key, outcome.outcome());
        break;
      }
    }
    afterHandOff(c, queue, reactions);
  }

  /** What the debtor does after talking to people; its outcome completes the hand-off. */
  void afterHandOff(SimulatedCase c, WorkQueue queue, List<Reaction> reactions) {
    react(c, reactions, null, queue);
  }

  private static SimulatedDebtor.Kind kindOf(Command.SendContact send) {
    if (send.planOffer() != null) {
      return SimulatedDebtor.Kind.PLAN_OFFER;
    }
    if (send.template().toLowerCase(Locale.ROOT).contains("settlement")) {
      return SimulatedDebtor.Kind.SETTLEMENT_OFFER;
    }
    return switch (send.channel()) {
      case VOICE -> SimulatedDebtor.Kind.CALL;
      case LETTER -> SimulatedDebtor.Kind.LETTER;
      default -> SimulatedDebtor.Kind.REMINDER;
    };
  }

  /** Schedules what the debtor does; outcomes go to the contact (or, after a hand-off, to it). */
  private void react(
      SimulatedCase c,
      List<Reaction> reactions,
      @Nullable String key,
      @Nullable WorkQueue handOff) {
    for (var reaction : reactions) {
      switch (reaction) {
        case Reaction.Outcome outcome -> {
          if (key != null) {
            c.recordOutcome(key, outcome.outcome());
            queue.schedule(
                outcome.at(), c, new CaseEvent.ContactOutcomeReceived(key, outcome.outcome()));
          } else if (handOff != null) {
            queue.schedule(
                outcome.at(),
                c,
                new CaseEvent.HandOffCompleted(
                    handOff,
                    "simulated " + handOff.name().toLowerCase(Locale.ROOT),
                    outcome.outcome()));
          }
        }
        case Reaction.Pays pays ->
            queue.schedule(pays.at(), c, new Due.Arrives(pays.cents(), pays.settles(), ""));
        case Reaction.Promises promises -> ledger.promised(c, promises);
        case Reaction.AgreesPlan plan -> ledger.agreed(c, plan);
        case Reaction.Complains complains -> {
          tally.complained(c);
          queue.schedule(
              complains.at(),
              c,
              new CaseEvent.ComplaintOpened("simulated complaint about contacts"));
          queue.schedule(
              complains.at().plus(COMPLAINT_HANDLING), c, new CaseEvent.ComplaintResolved());
        }
        case Reaction.Disputes disputes -> {
          queue.schedule(disputes.at(), c, new CaseEvent.DisputeOpened("simulated dispute"));
          queue.schedule(disputes.at().plus(DISPUTE_HANDLING), c, new CaseEvent.DisputeResolved());
        }
        case Reaction.Discloses discloses -> {
          c.flaggedVulnerable = true;
          c.debtor = c.debtor.withVulnerable(true);
          queue.schedule(
              discloses.at(), c, new CaseEvent.VulnerabilityFlagged("told a person on a call"));
        }
      }
    }
  }
}
