package io.cobranza.domain.payment;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The debtor's promise to pay an amount on a debt by a date.
 *
 * @param id identity
 * @param accountId the debt
 * @param amount the amount promised; positive
 * @param dueOn the date by which it is promised
 * @param madeAt when the promise was made
 */
public record PromiseToPay(
    String id, AccountId accountId, Money amount, LocalDate dueOn, Instant madeAt) {
  public PromiseToPay {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(madeAt, "madeAt");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("amount: a promise must be positive, was " + amount);
    }
  }
}
