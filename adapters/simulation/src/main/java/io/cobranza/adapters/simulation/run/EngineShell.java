package io.cobranza.adapters.simulation.run;

import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.treatment.CaseEvent;
import io.cobranza.domain.treatment.Command;
import io.cobranza.domain.treatment.ProtocolEngine;
import java.time.Instant;

/**
 * The domain's engine in this process, fed on the discrete-event clock: it carries out the engine's
 * commands as the workflow's activities and timers would, on the world's side of them ({@link
 * Simulation#send}, {@link Simulation#choose}, ...).
 */
final class EngineShell implements Shell {
  private final ProtocolEngine engine;
  private final Simulation world;

  /**
   * @param gate the contact gate the engine asks
   * @param world the world's side of the commands, and its clock
   */
  EngineShell(ContactGate gate, Simulation world) {
    this.engine = new ProtocolEngine(gate);
    this.world = world;
  }

  @Override
  public void deliver(SimulatedCase c, CaseEvent event, Instant at) {
    // Feeds the event, then at once what the shell answers to the commands (context, choices).
    c.now.add(event);
    while (!c.now.isEmpty()) {
      var transition = engine.next(c.state, c.now.poll(), at);
      c.state = transition.newState();
      for (var command : transition.commands()) {
        execute(c, command, at);
      }
    }
  }

  @Override
  public CollectionCase caseOf(SimulatedCase c) {
    return c.state.collectionCase();
  }

  @Override
  public void drive(Instant end) {
    world.runDue(end);
  }

  private void execute(SimulatedCase c, Command command, Instant at) {
    switch (command) {
      case Command.LoadContactContext load -> {
        var request = load.message();
        var context =
            request == null
                ? world.contactContext(c)
                : world.contactContext(c, request, c.state.collectionCase(), at);
        c.now.add(
            new CaseEvent.ContactContextLoaded(
                load.requestId(), c.debtor, context.history(), context.message()));
      }
      case Command.ScheduleWakeUp wake ->
          world.clock().schedule(wake.at(), c, new CaseEvent.TimerFired(wake.token()));
      case Command.SendContact send -> world.send(c, send, at, c.state.collectionCase());
      case Command.RecordRefusal _ -> world.refused();
      case Command.RecordDeferral _ -> world.deferred();
      case Command.AskRecommender ask ->
          c.now.add(
              new CaseEvent.RecommendationReceived(
                  ask.requestId(),
                  world.choose(c, ask.stepId(), ask.options(), at, c.state.collectionCase())));
      case Command.HandOff handOff -> world.handOff(c, handOff, at);
      case Command.Escalate _ -> world.escalate(c);
      // The rest change nothing in the simulated world.
      case Command.RecordSkipped _,
          Command.StartPlan _,
          Command.PlaceHold _,
          Command.LiftHold _,
          Command.RecordProtocolEnd _,
          Command.CloseCase _ -> {}
    }
  }
}
