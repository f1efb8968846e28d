/** Message templates' versions in PostgreSQL. */
@NullMarked
package io.cobranza.adapters.persistence.message;

import org.jspecify.annotations.NullMarked;
