/**
 * Runs a strategy over a scenario: the protocol engine of the domain driven by a discrete-event
 * clock, the figures a manager compares.
 */
@NullMarked
package io.cobranza.adapters.simulation.run;

import org.jspecify.annotations.NullMarked;
