package io.cobranza.application.payment;

import static io.cobranza.application.InvalidCommandException.present;
import static io.cobranza.application.InvalidCommandException.require;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.money.Money;
import java.time.LocalDate;

/**
 * Records a debtor's promise to pay: the command of {@link RecordPromiseToPayUseCase}.
 *
 * @param promiseId the promise's id; recording it twice records it once
 * @param accountId the debt
 * @param amount how much; positive
 * @param dueOn by when
 */
public record RecordPromiseToPay(
    String promiseId, AccountId accountId, Money amount, LocalDate dueOn) {
  public RecordPromiseToPay {
    present(promiseId, "promiseId");
    present(accountId, "accountId");
    present(amount, "amount");
    present(dueOn, "dueOn");
    require(!promiseId.isBlank(), "promiseId", "must not be blank");
    require(amount.isPositive(), "amount", "must be positive, was " + amount);
  }
}
