package io.cobranza.domain.payment;

import io.cobranza.domain.money.Money;
import java.util.Objects;

/**
 * An instalment with what has been paid towards it and its status on the evaluation date.
 *
 * @param instalment the instalment
 * @param status met, due or missed
 * @param paid what the plan's payments, allocated in order, have put towards it
 */
public record InstalmentEvaluation(Instalment instalment, InstalmentStatus status, Money paid) {
  public InstalmentEvaluation {
    Objects.requireNonNull(instalment, "instalment");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(paid, "paid");
  }

  /** What is still to pay on the instalment. */
  public Money remaining() {
    return instalment.amount().minus(paid);
  }

  public boolean isMet() {
    return status instanceof InstalmentStatus.Met;
  }

  public boolean isMissed() {
    return status instanceof InstalmentStatus.Missed;
  }

  /** Whether something, but not all, has been paid towards it. */
  public boolean isPartiallyPaid() {
    return paid.isPositive() && !isMet();
  }

  /** Whether it was met, but only after its due date. */
  public boolean wasMetLate() {
    return status instanceof InstalmentStatus.Met(var on) && on.isAfter(instalment.dueOn());
  }
}
