/**
 * The strategy simulator: a synthetic portfolio whose debtors answer the contacts the platform's
 * own protocol engine and contact gate send, on a discrete-event clock; see docs/simulation.md.
 */
@NullMarked
package io.cobranza.adapters.simulation;

import org.jspecify.annotations.NullMarked;
