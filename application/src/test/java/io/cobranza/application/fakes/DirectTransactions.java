package io.cobranza.application.fakes;

import io.cobranza.application.Transactions;
import java.util.function.Supplier;

/** {@link Transactions} that run the work directly and count the units of work. */
public final class DirectTransactions implements Transactions {
  private int count;

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    count++;
    return work.get();
  }

  /** How many units of work ran. */
  public int count() {
    return count;
  }
}
