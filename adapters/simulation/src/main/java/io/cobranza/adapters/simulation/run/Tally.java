package io.cobranza.adapters.simulation.run;

import io.cobranza.adapters.simulation.scenario.Scenario;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.contact.ContactDecision;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.Initiator;
import io.cobranza.domain.contact.ProposedContact;
import io.cobranza.domain.protocol.WorkQueue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The run's figures as they accumulate, and the report they make. A contact, a complaint or a
 * payment counts for the run and for its case at once, so the two never drift apart.
 */
final class Tally {
  /** A person's call costs this many automated calls. */
  static final int PERSON_CALL_COST = 4;

  private final Scenario scenario;
  private final ContactGate audit;

  private long contacts;
  private double cost;
  private long complaints;
  private long refusals;
  private long deferrals;
  private long expired;
  private long violations;
  private long recoveredCents;
  private long machineEscalatedVulnerable;

  // By case number, so that each debtor counts once.
  private final BitSet vulnerableToPeople = new BitSet();
  private final BitSet vulnerableEscalatedUnknown = new BitSet();

  /**
   * @param scenario what each channel's contacts cost, and what the report names
   * @param audit the gate that checks every contact again, with the world's own record
   */
  Tally(Scenario scenario, ContactGate audit) {
    this.scenario = scenario;
    this.audit = audit;
  }

  /**
   * A contact about to be recorded, by the platform or a person: checked again by the independent
   * gate (a violation when it does not allow it) and counted at its channel's price.
   */
  void contactMade(SimulatedCase c, CollectionCase caseNow, ProposedContact contact, Instant at) {
    var history = ContactHistory.of(List.copyOf(c.attempts));
    if (!(audit.decide(c.debtor, caseNow, history, contact, at)
        instanceof ContactDecision.Allowed)) {
      violations++;
    }
    double price =
        contact.initiator() == Initiator.PERSON
            ? PERSON_CALL_COST * scenario.costOf(contact.channel())
            : scenario.costOf(contact.channel());
    contacts++;
    cost += price;
    c.spent += price;
    c.contacted++;
  }

  /** The gate refused a contact. */
  void refused() {
    refusals++;
  }

  /** The gate deferred a contact. */
  void deferred() {
    deferrals++;
  }

  /** A contact could not leave before its permission expired; the step asks again. */
  void expired() {
    expired++;
  }

  /** A complaint about the contacts. */
  void complained(SimulatedCase c) {
    complaints++;
    c.complained++;
  }

  /** A payment of {@code cents} reached the ledger. */
  void recovered(SimulatedCase c, long cents) {
    recoveredCents += cents;
    c.paid += cents;
  }

  /** The case went to people: a vulnerable debtor with a specialist counts (once). */
  void handedOff(SimulatedCase c, WorkQueue queue) {
    if (queue == WorkQueue.SPECIALIST && c.world.traits().vulnerable()) {
      vulnerableToPeople.set(c.index());
    }
  }

  /**
   * A machine escalated the case: of a debtor flagged vulnerable (it must never happen), or of a
   * vulnerable one nobody knew about yet (once each: what better detection would prevent).
   */
  void escalated(SimulatedCase c) {
    if (c.flaggedVulnerable) {
      machineEscalatedVulnerable++;
    } else if (c.world.traits().vulnerable()) {
      vulnerableEscalatedUnknown.set(c.index());
    }
  }

  /** The run's report, with each case's own figures. */
  SimulationReport report(String strategy, List<SimulatedCase> cases, double elapsedSeconds) {
    long original = 0;
    long cured = 0;
    var perDebtor = new ArrayList<SimulationReport.DebtorFigures>(cases.size());
    for (var c : cases) {
      original += c.world.originalCents();
      if (c.world.owedCents() == 0) {
        cured++;
      }
      perDebtor.add(
          new SimulationReport.DebtorFigures(
              c.debtor.id(),
              c.world.originalCents(),
              c.paid,
              c.world.owedCents() == 0,
              c.spent,
              c.complained));
    }
    return new SimulationReport(
        scenario.name(),
        strategy,
        scenario.debtors(),
        scenario.days(),
        scenario.seed(),
        original,
        recoveredCents,
        cured,
        contacts,
        cost,
        complaints,
        refusals,
        deferrals,
        expired,
        violations,
        machineEscalatedVulnerable,
        vulnerableToPeople.cardinality(),
        vulnerableEscalatedUnknown.cardinality(),
        elapsedSeconds,
        perDebtor);
  }
}
