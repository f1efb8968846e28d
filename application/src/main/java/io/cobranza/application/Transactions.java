package io.cobranza.application;

import java.util.function.Supplier;

/**
 * Runs work as one unit: everything it writes through the repository ports is committed together or
 * not at all (outbound port; the persistence adapter implements it with a database transaction).
 */
public interface Transactions {
  /** Runs {@code work} in one transaction and returns its result. */
  <T> T inTransaction(Supplier<T> work);
}
