/** Collection cases in PostgreSQL, with their accounts, stage histories and holds. */
@NullMarked
package io.cobranza.adapters.persistence.collection;

import org.jspecify.annotations.NullMarked;
