/** Payments and promises to pay in PostgreSQL. */
@NullMarked
package io.cobranza.adapters.persistence.payment;

import org.jspecify.annotations.NullMarked;
