package io.cobranza.adapters.simulation.run;

import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.treatment.CaseEvent;
import java.time.Instant;

/**
 * What runs each case's protocol. {@link EngineShell} feeds the domain's engine in this process and
 * carries out its commands; a shell over the platform's Temporal workflows (a test) signals them
 * instead, and their activities call back into the world ({@link Simulation#send}, {@link
 * Simulation#choose}, {@link Simulation#handOff}, ...), so both runs meet the same debtors in the
 * same way.
 */
interface Shell {
  /** An event reaches the case ({@link CaseEvent.Started} when it is placed). */
  void deliver(SimulatedCase c, CaseEvent event, Instant at);

  /** The case as the platform holds it now, for the world's own checks (a person's call). */
  CollectionCase caseOf(SimulatedCase c);

  /** Runs everything due up to {@code end}. */
  void drive(Instant end);
}
