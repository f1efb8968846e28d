package io.cobranza.adapters.simulation.run;

import io.cobranza.adapters.simulation.world.SimulatedDebtor;
import io.cobranza.domain.account.Account;
import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.contact.Direction;
import io.cobranza.domain.contact.ProposedContact;
import io.cobranza.domain.contact.Recipient;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.payment.Payment;
import io.cobranza.domain.payment.PromiseToPay;
import io.cobranza.domain.treatment.CaseEvent;
import io.cobranza.domain.treatment.CaseState;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One debtor's case in the run: what the platform knows of them and what the shell keeps. */
final class SimulatedCase {
  /** The simulated debtor: their hidden traits and what they still owe. */
  final SimulatedDebtor world;

  final Account account;
  final Currency currency;

  /** The debtor as the platform stores them (flagged vulnerable once they told a person). */
  Debtor debtor;

  CaseState state;

  // What the platform has seen: what a strategy observes and the contact gate reads.
  final List<ContactAttempt> attempts = new ArrayList<>();
  final List<Payment> payments = new ArrayList<>();
  final List<PromiseToPay> promises = new ArrayList<>();

  /** Events the engine shell feeds the engine at once, in order (its answers to the commands). */
  final ArrayDeque<CaseEvent> now = new ArrayDeque<>();

  boolean flaggedVulnerable;

  // The ledger's and the run's figures for the case, which a decision's reward reads.
  long paid;
  long committed;
  final Map<String, Long> openPromises = new HashMap<>();
  long forgiven;
  double spent;
  int complained;
  int contacted;

  // Counters that number the case's decisions, promises, plans and payments.
  int decisions;
  int promiseCount;
  int planCount;
  int paymentCount;

  SimulatedCase(
      SimulatedDebtor world, Account account, Currency currency, Debtor debtor, CaseState state) {
    this.world = world;
    this.account = account;
    this.currency = currency;
    this.debtor = debtor;
    this.state = state;
  }

  /** The case's number in the run (the debtor's). */
  int index() {
    return world.index();
  }

  /** The engine's state of the case when it was placed (then the engine shell's). */
  CaseState state() {
    return state;
  }

  /**
   * What the case stands at: paid, committed (promised or agreed and not yet due), forgiven, what
   * its contacts cost, complaints and contacts; a decision's reward counts what changed since.
   */
  record Standing(
      long paid, long committed, long forgiven, double spent, int complained, int contacted) {}

  Standing standing() {
    return new Standing(paid, committed, forgiven, spent, complained, contacted);
  }

  /** The world's record of a contact just made, under {@code key}; its outcome comes later. */
  void sent(String key, ProposedContact contact, Instant at) {
    attempts.add(
        new ContactAttempt(
            key,
            debtor.id(),
            contact.accountIds(),
            contact.channel(),
            Direction.OUTBOUND,
            contact.address(),
            at,
            ContactOutcome.SENT,
            false,
            Recipient.theDebtor()));
  }

  /** The world's record of a contact's outcome, which the next contact decision reads. */
  void recordOutcome(String key, ContactOutcome outcome) {
    for (int j = attempts.size() - 1; j >= 0; j--) {
      var a = attempts.get(j);
      if (a.id().equals(key)) {
        attempts.set(
            j,
            new ContactAttempt(
                a.id(),
                a.debtorId(),
                a.accountIds(),
                a.channel(),
                a.direction(),
                a.address(),
                a.at(),
                outcome,
                a.withPriorConsent(),
                Recipient.theDebtor()));
        return;
      }
    }
  }

  /** What a strategy sees of the debtor at {@code at}. */
  Observation observation(Instant at) {
    return new Observation(
        debtor,
        account,
        List.copyOf(attempts),
        List.copyOf(payments),
        List.copyOf(promises),
        world.owedCents(),
        at);
  }
}
