package io.cobranza.domain.behaviour;

import io.cobranza.domain.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A debtor's total balance as seen on a day (a statement, an import, a nightly snapshot).
 *
 * @param on the day
 * @param balance the balance then
 */
public record BalanceObservation(LocalDate on, Money balance) {
  public BalanceObservation {
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(balance, "balance");
  }
}
