package io.cobranza.domain.payment;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Money received against a debt (append-only history).
 *
 * @param id identity, unique per payment provider reference
 * @param accountId the debt paid
 * @param amount how much; positive
 * @param receivedOn the date the payment was received
 * @param method how it was paid (card, bank transfer, direct debit, cash, ...)
 */
public record Payment(
    String id, AccountId accountId, Money amount, LocalDate receivedOn, String method) {
  public Payment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(receivedOn, "receivedOn");
    Objects.requireNonNull(method, "method");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("amount: a payment must be positive, was " + amount);
    }
  }
}
