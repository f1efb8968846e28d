/** Scenario tests of the protocol engine, played through a fake shell with a test clock. */
@NullMarked
package io.cobranza.domain.treatment;

import org.jspecify.annotations.NullMarked;
