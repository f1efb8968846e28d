/** Treatment protocols' versions in PostgreSQL. */
@NullMarked
package io.cobranza.adapters.persistence.protocol;

import org.jspecify.annotations.NullMarked;
