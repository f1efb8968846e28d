/** The audit trail in PostgreSQL: who did what to which subject, append-only. */
@NullMarked
package io.cobranza.adapters.persistence.audit;

import org.jspecify.annotations.NullMarked;
