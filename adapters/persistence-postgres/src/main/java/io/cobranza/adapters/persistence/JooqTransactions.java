package io.cobranza.adapters.persistence;

import io.cobranza.application.Transactions;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * Transactions on the shared {@link DSLContext}: the work's repositories find the transaction's
 * connection bound to the thread; a nested unit of work becomes a savepoint.
 */
final class JooqTransactions implements Transactions {
  private final DSLContext dsl;

  JooqTransactions(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    // A RuntimeException thrown by the work rolls back and is rethrown as it is.
    return dsl.transactionResult(work::get);
  }
}
