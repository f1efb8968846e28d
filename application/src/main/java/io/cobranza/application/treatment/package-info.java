/**
 * Treating a case: what the case's durable workflow asks of the platform between two decisions of
 * the protocol engine (load what the gate needs, send a contact once per key, record what the
 * engine decided, keep the case's treatment in the system of record, hand off, escalate, ask the
 * recommender). The workflow decides nothing itself; this service does the I/O.
 */
@NullMarked
package io.cobranza.application.treatment;

import org.jspecify.annotations.NullMarked;
