package io.cobranza.adapters.simulation.run;

import io.cobranza.adapters.simulation.scenario.Scenario;
import io.cobranza.adapters.simulation.world.Reaction;
import io.cobranza.adapters.simulation.world.SimulatedDebtor;
import io.cobranza.application.treatment.PermittedOptions;
import io.cobranza.domain.account.Account;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.account.Delinquency;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.contact.ContactDecision;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.contact.Direction;
import io.cobranza.domain.contact.ProposedContact;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.ContactPoint;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.debtor.Jurisdiction;
import io.cobranza.domain.money.Money;
import io.cobranza.domain.protocol.ActionOption;
import io.cobranza.domain.protocol.WorkQueue;
import io.cobranza.domain.recommendation.RewardRule;
import io.cobranza.domain.treatment.CaseEvent;
import io.cobranza.domain.treatment.CaseState;
import io.cobranza.domain.treatment.Command;
import io.cobranza.domain.treatment.ProtocolEngine;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One run of a strategy over a scenario: every simulated debtor gets a case that walks its protocol
 * through the domain's {@link ProtocolEngine} and {@link ContactGate}, the same ones the Temporal
 * workflow drives; a discrete-event clock jumps from one due thing to the next (a timer, a
 * contact's outcome, a payment, a person's call), so 120 days of a portfolio take seconds. The
 * debtors answer from their hidden traits; the engine and the strategy see only what the platform
 * would see.
 */
public final class Simulation {
  /** A person's call costs this many automated calls. */
  static final int PERSON_CALL_COST = 4;

  /** How long a complaint keeps the case on hold. */
  static final Duration COMPLAINT_HANDLING = Duration.ofDays(14);

  /** How a decision's reward is counted (the platform's rule). */
  static final RewardRule REWARD = RewardRule.STANDARD;

  /** How long after a decision its reward is counted. */
  public static final Duration REWARD_WINDOW = REWARD.window();

  /** How long a dispute takes to resolve. */
  static final Duration DISPUTE_HANDLING = Duration.ofDays(30);

  private final Scenario scenario;
  private final Strategy strategy;
  private final ProtocolEngine engine;
  private final ContactGate gate;
  private final ContactGate audit;

  /**
   * @param gate the contact gate the engine asks
   * @param audit the gate that checks every contact again afterwards, with the world's own record
   */
  public Simulation(Scenario scenario, Strategy strategy, ContactGate gate, ContactGate audit) {
    this.scenario = Objects.requireNonNull(scenario, "scenario");
    this.strategy = Objects.requireNonNull(strategy, "strategy");
    this.gate = Objects.requireNonNull(gate, "gate");
    this.engine = new ProtocolEngine(gate);
    this.audit = Objects.requireNonNull(audit, "audit");
  }

  private final DueQueue queue = new DueQueue();
  private final Tally tally = new Tally();
  private final Ledger ledger = new Ledger(queue, tally);
  private final List<SimulatedCase> cases = new ArrayList<>();
  private Shell shell;

  /** Runs the scenario to its horizon and reports. */
  public SimulationReport run() {
    return run(new EngineShell(engine, this), at -> {});
  }

  /**
   * Runs the scenario with {@code shell}, telling {@code onSchedule} each instant something is
   * scheduled for (a shell with its own clock wakes the world then: {@link #runDue}).
   */
  SimulationReport run(Shell shell, java.util.function.Consumer<Instant> onSchedule) {
    this.shell = Objects.requireNonNull(shell, "shell");
    queue.onSchedule(Objects.requireNonNull(onSchedule, "onSchedule"));
    long started = System.nanoTime();
    var start = scenario.start().atTime(LocalTime.of(9, 0)).toInstant(ZoneOffset.UTC);
    var end = start.plus(Duration.ofDays(scenario.days()));
    var worlds = SimulatedDebtor.draw(scenario, start);
    for (var world : worlds) {
      var c = place(world, start);
      cases.add(c);
      // Placements arrive through the first day, so each debtor's contacts fall at their own time
      // of day (the gate moves those at night to the morning) rather than all at 09:00 UTC.
      queue.schedule(
          start.plus(Duration.ofSeconds((world.index() * 7919L) % 86_400)),
          c,
          new CaseEvent.Started());
      if (world.selfCureAt() != null) {
        queue.schedule(world.selfCureAt(), c, new Due.Arrives(Long.MAX_VALUE, false, ""));
      }
    }
    shell.drive(end);
    return tally.report(scenario, strategy.name(), cases, (System.nanoTime() - started) / 1e9);
  }

  /** The run's clock. */
  DueQueue queue() {
    return queue;
  }

  /** The cases of the run, by number. */
  List<SimulatedCase> cases() {
    return cases;
  }

  /** Handles, in order, everything due up to {@code upTo}, including what that schedules. */
  synchronized void runDue(Instant upTo) {
    for (var due = queue.next(upTo); due != null; due = queue.next(upTo)) {
      var c = due.forCase();
      var at = due.at();
      switch (due.what()) {
        case Due.Event event -> shell.deliver(c, event.event(), at);
        case Due.Arrives arrives -> ledger.arrive(shell, c, arrives, at);
        case Due.Instalment instalment -> ledger.instalment(shell, c, instalment, at);
        case Due.PersonCall call -> personCall(c, call, at);
        case Due.PromiseDue promise -> ledger.lapsed(c, promise);
        case Due.Reward reward ->
            strategy.learn(reward.decisionId(), REWARD.reward(reward.followed(c.standing()), 2));
      }
    }
  }

  private SimulatedCase place(SimulatedDebtor world, Instant start) {
    var id = DebtorId.of("S-" + world.index());
    var currency =
        Currency.getInstance(world.jurisdiction().equals(Jurisdiction.GB) ? "GBP" : "USD");
    var debtor =
        new Debtor(
            id,
            world.jurisdiction(),
            world.zone(),
            world.jurisdiction().equals(Jurisdiction.GB) ? Locale.UK : Locale.US,
            List.of(
                ContactPoint.phone(
                    "+1555" + String.format(Locale.ROOT, "%07d", world.index()),
                    Channel.VOICE,
                    Channel.SMS),
                ContactPoint.email("s" + world.index() + "@example.com"),
                ContactPoint.postal(world.index() + " Simulated Street")),
            EnumSet.noneOf(Channel.class),
            List.of(),
            null,
            null,
            false,
            false);
    var today = start.atZone(world.zone()).toLocalDate();
    var balance = Money.ofMinor(world.originalCents(), currency);
    var account =
        new Account(
            AccountId.of("SA-" + world.index()),
            id,
            "card",
            balance,
            balance.times(new java.math.BigDecimal("0.05")),
            today.plusDays(10),
            Delinquency.observed(today, world.daysPastDue()),
            null,
            null,
            today.minusDays(40));
    var c = new SimulatedCase(world, account, currency, debtor);
    var protocol = strategy.protocolFor(c.observation(start), world.daysPastDue());
    c.state =
        CaseState.initial(
            CollectionCase.open(CaseId.of("SC-" + world.index()), id, List.of(account)),
            protocol,
            world.zone());
    return c;
  }

  // ---- the world's side of the platform's commands (either shell calls these) ----------------

  /** The debtor and contact history as the platform would load them for the gate. */
  io.cobranza.application.treatment.ContactContext contactContext(SimulatedCase c) {
    return new io.cobranza.application.treatment.ContactContext(
        c.debtor, ContactHistory.of(List.copyOf(c.attempts)));
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
        at.plus(REWARD_WINDOW), c, new Due.Reward(decisionId, c.world.owedCents(), c.standing()));
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
            io.cobranza.domain.contact.Initiator.AUTOMATED,
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
    var kind = kindOf(send);
    react(
        c,
        c.world.onContact(send.channel(), kind, send.planOffer(), at, false),
        send.idempotencyKey(),
        null);
  }

  static SimulatedDebtor.Kind kindOf(Command.SendContact send) {
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
      @org.jspecify.annotations.Nullable String key,
      @org.jspecify.annotations.Nullable WorkQueue handOff) {
    for (var reaction : reactions) {
      switch (reaction) {
        case Reaction.Outcome outcome -> {
          if (key != null) {
            record(c, key, outcome.outcome());
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

  /** The world's record of a contact's outcome, which the next contact decision reads. */
  private static void record(SimulatedCase c, String key, ContactOutcome outcome) {
    for (int j = c.attempts.size() - 1; j >= 0; j--) {
      var a = c.attempts.get(j);
      if (a.id().equals(key)) {
        c.attempts.set(
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
                a.withPriorConsent()));
        return;
      }
    }
  }

  private void personCall(SimulatedCase c, Due.PersonCall call, Instant at) {
    var caseNow = shell.caseOf(c);
    if (!caseNow.isOpen()) {
      return;
    }
    // A person's call obeys the contact rules too: the person asks the gate first, calls later
    // when deferred, and closes the hand-off without a call when refused.
    var phone = c.debtor.addressFor(Channel.VOICE, at);
    var history = ContactHistory.of(List.copyOf(c.attempts));
    var proposed =
        phone.isEmpty()
            ? null
            : new ProposedContact(
                Channel.VOICE,
                phone.get().address(),
                Set.of(c.account.id()),
                io.cobranza.domain.contact.ContactPurpose.COLLECTION,
                io.cobranza.domain.contact.Initiator.PERSON,
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
    tally.audited(audit.decide(c.debtor, caseNow, history, proposed, at));
    tally.contacted(c, PERSON_CALL_COST * scenario.costOf(Channel.VOICE));
    var key = "SC-" + c.world.index() + ":person:" + at.toEpochMilli();
    c.attempts.add(
        new ContactAttempt(
            key,
            c.debtor.id(),
            Set.of(c.account.id()),
            Channel.VOICE,
            Direction.OUTBOUND,
            proposed.address(),
            at,
            ContactOutcome.SENT,
            false));
    if (call.queue() == WorkQueue.SPECIALIST) {
      record(c, key, ContactOutcome.RIGHT_PARTY_CONTACT);
      // A specialist agrees what the debtor can afford at their own rhythm, without pressure.
      var t = c.world.traits();
      long monthly = Math.max(100, Math.round(c.world.originalCents() * t.ability() * 0.5));
      long instalment =
          switch (t.cadence()) {
            case WEEKLY -> Math.max(100, monthly * 12 / 52);
            case FORTNIGHTLY -> Math.max(100, monthly * 12 / 26);
            case MONTHLY -> monthly;
          };
      int instalments = (int) Math.min(104, (c.world.owedCents() + instalment - 1) / instalment);
      react(
          c,
          List.of(
              new Reaction.Outcome(at, ContactOutcome.RIGHT_PARTY_CONTACT),
              new Reaction.AgreesPlan(at, t.cadence(), instalment, instalments, 0.9)),
          null,
          call.queue());
      return;
    }
    var reactions = c.world.onContact(Channel.VOICE, SimulatedDebtor.Kind.CALL, null, at, true);
    for (var reaction : reactions) {
      if (reaction instanceof Reaction.Outcome outcome) {
        record(c, key, outcome.outcome());
        break;
      }
    }
    react(c, reactions, null, call.queue());
  }
}
