/**
 * The nightly portfolio refresh: each open case's segment, the assignment policy's protocol for it,
 * and a signal to the case's workflow when the protocol changed.
 */
@NullMarked
package io.cobranza.application.refresh;

import org.jspecify.annotations.NullMarked;
