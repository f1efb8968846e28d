/** Debtors in PostgreSQL, with their contact points and the limits they set. */
@NullMarked
package io.cobranza.adapters.persistence.debtor;

import org.jspecify.annotations.NullMarked;
