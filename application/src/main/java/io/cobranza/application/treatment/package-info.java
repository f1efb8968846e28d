/**
 * Treating a case: what the case's durable workflow asks of the platform between two decisions of
 * the protocol engine, one use case per intent: load what the gate needs, send a contact once per
 * key, remind of an instalment, recommend the next action (and credit it later), hand the case off
 * or escalate it, keep the treatment's record. The workflow decides nothing itself; these services
 * do the I/O.
 */
@NullMarked
package io.cobranza.application.treatment;

import org.jspecify.annotations.NullMarked;
