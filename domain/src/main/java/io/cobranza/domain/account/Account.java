package io.cobranza.domain.account;

import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One debt owed by one debtor.
 *
 * @param id identity (one account number is one debt)
 * @param debtorId who owes it
 * @param product the product (credit card, personal loan, utility, telco, ...)
 * @param balance the outstanding balance
 * @param minimumDue the amount due to bring the account current
 * @param nextDueOn the next contractual due date, or null when none
 * @param delinquency how far behind, with the stage history
 * @param attorney the attorney representing the debtor for this debt, or null
 * @param dispute a dispute about this debt, or null
 * @param validationNoticeSentOn when the validation notice was provided, or null
 */
public record Account(
    AccountId id,
    DebtorId debtorId,
    String product,
    Money balance,
    Money minimumDue,
    @Nullable LocalDate nextDueOn,
    Delinquency delinquency,
    @Nullable AttorneyRepresentation attorney,
    @Nullable Dispute dispute,
    @Nullable LocalDate validationNoticeSentOn) {

  public Account {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(debtorId, "debtorId");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(balance, "balance");
    Objects.requireNonNull(minimumDue, "minimumDue");
    Objects.requireNonNull(delinquency, "delinquency");
    if (!balance.currency().equals(minimumDue.currency())) {
      throw new IllegalArgumentException(
          "minimumDue: currency " + minimumDue.currency() + " differs from the balance's");
    }
    if (minimumDue.isNegative()) {
      throw new IllegalArgumentException("minimumDue must not be negative: " + minimumDue);
    }
  }

  /** This account with a new balance (after a payment, fee or adjustment). */
  public Account withBalance(Money newBalance) {
    return new Account(
        id,
        debtorId,
        product,
        newBalance,
        minimumDue.min(newBalance.atLeastZero()),
        nextDueOn,
        delinquency,
        attorney,
        dispute,
        validationNoticeSentOn);
  }

  /** This account with a new delinquency observation. */
  public Account withDelinquency(Delinquency newDelinquency) {
    return new Account(
        id,
        debtorId,
        product,
        balance,
        minimumDue,
        nextDueOn,
        newDelinquency,
        attorney,
        dispute,
        validationNoticeSentOn);
  }

  /** This account, represented (or no longer) by an attorney. */
  public Account withAttorney(@Nullable AttorneyRepresentation representation) {
    return new Account(
        id,
        debtorId,
        product,
        balance,
        minimumDue,
        nextDueOn,
        delinquency,
        representation,
        dispute,
        validationNoticeSentOn);
  }

  /** This account with a dispute (or none). */
  public Account withDispute(@Nullable Dispute newDispute) {
    return new Account(
        id,
        debtorId,
        product,
        balance,
        minimumDue,
        nextDueOn,
        delinquency,
        attorney,
        newDispute,
        validationNoticeSentOn);
  }

  /** This account with the validation notice provided on {@code date}. */
  public Account withValidationNoticeSentOn(@Nullable LocalDate date) {
    return new Account(
        id,
        debtorId,
        product,
        balance,
        minimumDue,
        nextDueOn,
        delinquency,
        attorney,
        dispute,
        date);
  }

  /** Whether nothing is owed any more. */
  public boolean isSettled() {
    return !balance.isPositive();
  }
}
