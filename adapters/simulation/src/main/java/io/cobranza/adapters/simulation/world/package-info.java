/**
 * The simulated world: debtors' hidden traits and how they answer. Only the simulator reads this
 * package (an ArchUnit rule): the platform learns about a simulated debtor only from what it
 * observes, as it would in production.
 */
@NullMarked
package io.cobranza.adapters.simulation.world;

import org.jspecify.annotations.NullMarked;
