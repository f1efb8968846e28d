package io.cobranza.application.payment;

import static io.cobranza.application.InvalidCommandException.present;
import static io.cobranza.application.InvalidCommandException.require;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.money.Money;
import java.time.LocalDate;

/**
 * Records money received against a debt: the command of {@link RecordPaymentUseCase}.
 *
 * @param paymentId the provider's reference; recording it twice records it once
 * @param accountId the debt paid
 * @param amount how much; positive
 * @param receivedOn when it was received
 * @param method card, bank transfer, direct debit, cash, ...
 */
public record RecordPayment(
    String paymentId, AccountId accountId, Money amount, LocalDate receivedOn, String method) {
  public RecordPayment {
    present(paymentId, "paymentId");
    present(accountId, "accountId");
    present(amount, "amount");
    present(receivedOn, "receivedOn");
    present(method, "method");
    require(!paymentId.isBlank(), "paymentId", "must not be blank");
    require(amount.isPositive(), "amount", "must be positive, was " + amount);
    require(!method.isBlank(), "method", "must not be blank");
  }
}
