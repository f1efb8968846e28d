/**
 * The PostgreSQL system of record: jOOQ repositories implementing the application's outbound ports,
 * one subpackage per feature as in the application. {@link
 * io.cobranza.adapters.persistence.PersistenceConfiguration} builds them and is the one type used
 * outside this adapter (an ArchUnit rule holds the rest to it); the repositories are public only so
 * that it can build them, and the generated jOOQ code stays inside the adapter. What every feature
 * shares lives here: the column conversions, the transactions and the planner's statistics.
 */
@NullMarked
package io.cobranza.adapters.persistence;

import org.jspecify.annotations.NullMarked;
