package io.cobranza.domain.payment;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The debtor's promise to pay an amount on a debt by a date.
 *
 * <p>A promise is kept by the payments on its account received from the day it was made (in the
 * debtor's time zone) up to its due date, plus any grace days, that add up to at least the amount
 * promised. It is broken only once that last day has passed; until then it is pending, however
 * little has been paid.
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

  /** The day the promise was made, in the debtor's time zone. */
  public LocalDate madeOn(ZoneId debtorZone) {
    return madeAt.atZone(debtorZone).toLocalDate();
  }

  /** The last day a payment still counts towards the promise: the due date plus the grace days. */
  public LocalDate lastDayToKeep(int graceDays) {
    if (graceDays < 0) {
      throw new IllegalArgumentException("graceDays must not be negative, was " + graceDays);
    }
    return dueOn.plusDays(graceDays);
  }

  /** The promise's status on {@code asOf}, with no grace days after the due date. */
  public PromiseStatus statusAsOf(LocalDate asOf, List<Payment> payments, ZoneId debtorZone) {
    return statusAsOf(asOf, payments, debtorZone, 0);
  }

  /**
   * The promise's status on {@code asOf}, given the payments known by then.
   *
   * @param asOf the date to judge on; payments received after it are not yet known
   * @param payments payments on any account; only those on this promise's account count
   * @param debtorZone the debtor's time zone, which decides the day the promise was made
   * @param graceDays days after the due date during which a payment still keeps the promise
   */
  public PromiseStatus statusAsOf(
      LocalDate asOf, List<Payment> payments, ZoneId debtorZone, int graceDays) {
    var first = madeOn(debtorZone);
    var last = lastDayToKeep(graceDays);
    var counted =
        payments.stream()
            .filter(p -> p.accountId().equals(accountId))
            .filter(p -> !p.receivedOn().isBefore(first) && !p.receivedOn().isAfter(last))
            .filter(p -> !p.receivedOn().isAfter(asOf))
            .sorted(Comparator.comparing(Payment::receivedOn))
            .toList();
    var paid = Money.zero(amount.currency());
    for (var payment : counted) {
      paid = paid.plus(payment.amount());
      if (!paid.isLessThan(amount)) {
        return new PromiseStatus.Kept(payment.receivedOn());
      }
    }
    var missing = amount.minus(paid);
    if (asOf.isAfter(last)) {
      return new PromiseStatus.Broken(last.plusDays(1), missing);
    }
    return new PromiseStatus.Pending(missing);
  }
}
