/**
 * The protocol engine: the pure, deterministic state machine that walks a case through its
 * treatment protocol, turning events into commands for a shell (the Temporal workflow or the
 * simulator) to execute.
 */
@NullMarked
package io.cobranza.domain.treatment;

import org.jspecify.annotations.NullMarked;
