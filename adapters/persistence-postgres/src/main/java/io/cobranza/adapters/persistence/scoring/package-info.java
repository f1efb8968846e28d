/** Risk scores, the risk model registry and accounts' imported attributes in PostgreSQL. */
@NullMarked
package io.cobranza.adapters.persistence.scoring;

import org.jspecify.annotations.NullMarked;
