package io.cobranza.adapters.simulation.run;

import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.treatment.CaseEvent;
import io.cobranza.domain.treatment.Command;
import io.cobranza.domain.treatment.ProtocolEngine;
import java.time.Instant;

/** The domain's engine in this process, fed on the discrete-event clock. */
final class EngineShell implements Shell {
  private final ProtocolEngine engine;
  private final Simulation simulation;

  EngineShell(ProtocolEngine engine, Simulation simulation) {
    this.engine = engine;
    this.simulation = simulation;
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
    simulation.runDue(end);
  }

  private void execute(SimulatedCase c, Command command, Instant at) {
    switch (command) {
      case Command.LoadContactContext load ->
          c.now.add(
              new CaseEvent.ContactContextLoaded(
                  load.requestId(), c.debtor, simulation.contactContext(c).history()));
      case Command.ScheduleWakeUp wake ->
          simulation.queue().schedule(wake.at(), c, new CaseEvent.TimerFired(wake.token()));
      case Command.SendContact send -> simulation.send(c, send, at, c.state.collectionCase());
      case Command.RecordRefusal refusal -> simulation.refused();
      case Command.RecordDeferral deferral -> simulation.deferred();
      case Command.AskRecommender ask ->
          c.now.add(
              new CaseEvent.RecommendationReceived(
                  ask.requestId(),
                  simulation.choose(c, ask.stepId(), ask.options(), at, c.state.collectionCase())));
      case Command.HandOff handOff -> simulation.handOff(c, handOff, at);
      case Command.Escalate escalate -> simulation.escalate(c);
      default -> {}
    }
  }
}
