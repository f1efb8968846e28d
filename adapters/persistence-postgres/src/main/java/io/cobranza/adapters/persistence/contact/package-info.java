/** Contact attempts in PostgreSQL, and the contact outbox through which contacts leave. */
@NullMarked
package io.cobranza.adapters.persistence.contact;

import org.jspecify.annotations.NullMarked;
