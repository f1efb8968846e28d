/**
 * The PostgreSQL system of record: jOOQ repositories implementing the application's outbound ports.
 * Only {@link io.cobranza.adapters.persistence.PersistenceConfiguration} is public; the
 * repositories and the generated jOOQ code stay inside this adapter.
 */
@NullMarked
package io.cobranza.adapters.persistence;

import org.jspecify.annotations.NullMarked;
