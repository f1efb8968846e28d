package io.cobranza.domain.payment;

import io.cobranza.domain.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One instalment of a payment plan.
 *
 * @param number its place in the plan, from 1
 * @param dueOn the date it falls due; a payment on that date is on time
 * @param amount how much; positive
 */
public record Instalment(int number, LocalDate dueOn, Money amount) {
  public Instalment {
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(amount, "amount");
    if (number < 1) {
      throw new IllegalArgumentException("number: instalments count from 1, was " + number);
    }
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("amount: an instalment must be positive, was " + amount);
    }
  }
}
