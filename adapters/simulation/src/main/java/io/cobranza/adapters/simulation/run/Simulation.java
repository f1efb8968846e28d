package io.cobranza.adapters.simulation.run;

import io.cobranza.adapters.simulation.scenario.Scenario;
import io.cobranza.adapters.simulation.world.SimulatedDebtor;
import io.cobranza.application.message.MessageRendering;
import io.cobranza.application.treatment.ContactContext;
import io.cobranza.application.treatment.PermittedOptions;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.ContactRuleBook;
import io.cobranza.domain.contact.Initiator;
import io.cobranza.domain.contact.ProposedContact;
import io.cobranza.domain.message.FirmDetails;
import io.cobranza.domain.message.MessageRenderer;
import io.cobranza.domain.message.MessageRequest;
import io.cobranza.domain.message.MessageTemplates;
import io.cobranza.domain.protocol.ActionOption;
import io.cobranza.domain.protocol.WorkQueue;
import io.cobranza.domain.recommendation.RewardRule;
import io.cobranza.domain.treatment.CaseEvent;
import io.cobranza.domain.treatment.Command;
import io.cobranza.domain.treatment.ProtocolEngine;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One run of a strategy over a scenario: every simulated debtor gets a case that walks its protocol
 * through the domain's {@link ProtocolEngine} and {@link ContactGate}, the same ones the Temporal
 * workflow drives; a discrete-event clock jumps from one due thing to the next (a timer, a
 * contact's outcome, a payment, a person's call), so 120 days of a portfolio take seconds. The
 * debtors answer from their hidden traits; the engine and the strategy see only what the platform
 * would see.
 */
public final class Simulation {
  /** How a decision's reward is counted (the platform's rule). */
  static final RewardRule REWARD = RewardRule.STANDARD;

  /** How long after a decision its reward is counted. */
  public static final Duration REWARD_WINDOW = REWARD.window();

  /** The firm the simulated debtors hear from: what the firm's placeholders render. */
  public static final FirmDetails FIRM =
      new FirmDetails(
          "Simulated Collections",
          "SC Services",
          "+1 555 010 0000",
          "PO Box 100, Springfield",
          "Sam Rivera",
          "https://pay.example.invalid");

  private final Scenario scenario;
  private final Strategy strategy;
  private final DueQueue queue = new DueQueue();
  private final Tally tally;
  private final ContactGate gate;
  private final MessageRendering messages;
  private final Ledger ledger;
  private final Reactions reactions;
  private final PeopleCalls people;
  private final Placement placement;
  private final List<SimulatedCase> cases = new ArrayList<>();

  /** What runs the cases' protocols in this run; set when the run starts. */
  private @Nullable Shell shell;

  /**
   * @param gate the contact gate the engine asks
   * @param audit the gate that checks every contact again afterwards, with the world's own record
   * @param messages renders the message each contact sends, which both gates judge ({@link
   *     #rendering})
   */
  public Simulation(
      Scenario scenario,
      Strategy strategy,
      ContactGate gate,
      ContactGate audit,
      MessageRendering messages) {
    this.scenario = Objects.requireNonNull(scenario, "scenario");
    this.strategy = Objects.requireNonNull(strategy, "strategy");
    this.gate = Objects.requireNonNull(gate, "gate");
    this.messages = Objects.requireNonNull(messages, "messages");
    this.tally = new Tally(scenario, Objects.requireNonNull(audit, "audit"));
    this.placement = new Placement(strategy);
    this.ledger = new Ledger(queue, tally);
    this.reactions = new Reactions(queue, ledger, tally);
    this.people = new PeopleCalls(gate, queue, tally, reactions);
  }

  /**
   * The messages of {@code templates} (the shipped ones, say) rendered as the platform renders
   * them, from {@link #FIRM}, under {@code rules}; a template that cannot be rendered leaves its
   * contact without a message, which the gate judges as one whose content is unknown.
   */
  public static MessageRendering rendering(MessageTemplates templates, ContactRuleBook rules) {
    return MessageRendering.of(templates, new MessageRenderer(FIRM, rules), notRendered -> {});
  }

  /** Runs the scenario to its horizon and reports. */
  public SimulationReport run() {
    return run(new EngineShell(gate, this), at -> {});
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
    // Under the run's lock, as runDue: a shell with its own clock may wake the world (runDue, on
    // its own thread) as soon as the first placement is scheduled, and must find all of them.
    synchronized (this) {
      for (var world : worlds) {
        var c = placement.place(world, start);
        cases.add(c);
        queue.schedule(Placement.placedAt(world, start), c, new CaseEvent.Started());
        var selfCure = world.selfCureAt();
        if (selfCure != null) {
          // They pay in full on their own.
          queue.schedule(selfCure, c, new Due.Arrives(Long.MAX_VALUE, false, ""));
        }
      }
    }
    shell.drive(end);
    return tally.report(strategy.name(), cases, (System.nanoTime() - started) / 1e9);
  }

  /** The run's clock, on which the engine shell's timers fall due too. */
  DueQueue clock() {
    return queue;
  }

  /** The cases of the run, by number. */
  List<SimulatedCase> cases() {
    return cases;
  }

  /** Handles, in order, everything due up to {@code upTo}, including what that schedules. */
  synchronized void runDue(Instant upTo) {
    var shell = Objects.requireNonNull(this.shell, "the run has not started");
    for (var due = queue.next(upTo); due != null; due = queue.next(upTo)) {
      var c = due.forCase();
      var at = due.at();
      switch (due.what()) {
        case Due.Event event -> shell.deliver(c, event.event(), at);
        case Due.Arrives arrives -> ledger.arrive(shell, c, arrives, at);
        case Due.Instalment instalment -> ledger.instalment(shell, c, instalment, at);
        case Due.PersonCall call -> people.call(shell, c, call, at);
        case Due.PromiseDue promise -> ledger.lapsed(c, promise);
        case Due.Reward reward ->
            strategy.learn(reward.decisionId(), REWARD.reward(reward.followed(c.standing()), 2));
      }
    }
  }

  // ---- the world's side of the platform's commands (either shell calls these) ----------------

  /** The debtor and contact history as the platform would load them for the gate. */
  ContactContext contactContext(SimulatedCase c) {
    return new ContactContext(c.debtor, ContactHistory.of(List.copyOf(c.attempts)));
  }

  /** The same, with the message {@code request} names rendered for the debtor and the case. */
  ContactContext contactContext(
      SimulatedCase c, MessageRequest request, CollectionCase caseNow, Instant at) {
    return new ContactContext(
        c.debtor,
        ContactHistory.of(List.copyOf(c.attempts)),
        messages.render(request, c.debtor, caseNow, at));
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
            gate,
            c.debtor,
            caseNow,
            ContactHistory.of(List.copyOf(c.attempts)),
            offered,
            messages,
            at);
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
    // The contact leaves after the channel's dispatch delay; one that would leave after its
    // permission expired is not sent, and its step asks the gate again.
    var leaves = at.plus(scenario.delayOf(send.channel()));
    var expiresAt = send.expiresAt();
    if (expiresAt != null && !leaves.isBefore(expiresAt)) {
      tally.expired();
      c.now.add(new CaseEvent.ContactExpired(send.idempotencyKey(), send.stepId(), expiresAt));
      return;
    }
    var proposed =
        new ProposedContact(
            send.channel(),
            send.address(),
            Set.copyOf(send.accountIds()),
            send.purpose(),
            Initiator.AUTOMATED,
            List.of(),
            io.cobranza.domain.contact.Recipient.theDebtor(),
            send.message());
    tally.contactMade(c, caseNow, proposed, leaves);
    c.sent(send.idempotencyKey(), proposed, leaves);
    reactions.toContact(c, send, leaves);
  }
}
