package io.cobranza.adapters.simulation.run;

import io.cobranza.adapters.simulation.scenario.Scenario;
import io.cobranza.adapters.simulation.world.SimulatedDebtor;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.recommendation.RewardRule;
import io.cobranza.domain.treatment.CaseEvent;
import io.cobranza.domain.treatment.ProtocolEngine;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

  private final Scenario scenario;
  private final Strategy strategy;
  private final ProtocolEngine engine;
  private final DueQueue queue = new DueQueue();
  private final Tally tally = new Tally();
  private final Ledger ledger;
  private final WorldSide world;
  private final PeopleCalls people;
  private final Placement placement;
  private final List<SimulatedCase> cases = new ArrayList<>();

  /** What runs the cases' protocols in this run. */
  private Shell shell;

  /**
   * @param gate the contact gate the engine asks
   * @param audit the gate that checks every contact again afterwards, with the world's own record
   */
  public Simulation(Scenario scenario, Strategy strategy, ContactGate gate, ContactGate audit) {
    this.scenario = Objects.requireNonNull(scenario, "scenario");
    this.strategy = Objects.requireNonNull(strategy, "strategy");
    this.engine = new ProtocolEngine(Objects.requireNonNull(gate, "gate"));
    Objects.requireNonNull(audit, "audit");
    this.placement = new Placement(strategy);
    this.ledger = new Ledger(queue, tally);
    var reactions = new Reactions(queue, ledger, tally);
    this.world = new WorldSide(scenario, strategy, gate, audit, queue, tally, reactions);
    this.people = new PeopleCalls(scenario, gate, audit, queue, tally, reactions);
  }

  /** Runs the scenario to its horizon and reports. */
  public SimulationReport run() {
    return run(new EngineShell(engine, queue, world, this::runDue), at -> {});
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
      var c = placement.place(world, start);
      cases.add(c);
      queue.schedule(Placement.placedAt(world, start), c, new CaseEvent.Started());
      var selfCure = world.selfCureAt();
      if (selfCure != null) {
        // They pay in full on their own.
        queue.schedule(selfCure, c, new Due.Arrives(Long.MAX_VALUE, false, ""));
      }
    }
    shell.drive(end);
    return tally.report(scenario, strategy.name(), cases, (System.nanoTime() - started) / 1e9);
  }

  /** The world's side of the platform's commands, which the shell calls. */
  WorldSide world() {
    return world;
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
        case Due.PersonCall call -> people.call(shell, c, call, at);
        case Due.PromiseDue promise -> ledger.lapsed(c, promise);
        case Due.Reward reward ->
            strategy.learn(reward.decisionId(), REWARD.reward(reward.followed(c.standing()), 2));
      }
    }
  }
}
