/** The audit trail of every change a person or an integrator makes. */
@NullMarked
package io.cobranza.application.audit;

import org.jspecify.annotations.NullMarked;
