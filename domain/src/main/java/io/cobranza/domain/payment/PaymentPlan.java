package io.cobranza.domain.payment;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An agreed arrangement to pay a total in equal instalments at a cadence.
 *
 * @param id identity
 * @param accountId the debt
 * @param total the amount the plan pays off
 * @param cadence weekly, fortnightly or monthly
 * @param firstDueOn the first instalment's due date
 * @param instalments how many instalments
 */
public record PaymentPlan(
    String id,
    AccountId accountId,
    Money total,
    Cadence cadence,
    LocalDate firstDueOn,
    int instalments) {
  public PaymentPlan {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(cadence, "cadence");
    Objects.requireNonNull(firstDueOn, "firstDueOn");
    if (!total.isPositive()) {
      throw new IllegalArgumentException("total: a plan must pay a positive amount, was " + total);
    }
    if (instalments < 1) {
      throw new IllegalArgumentException("instalments: at least one, was " + instalments);
    }
  }
}
