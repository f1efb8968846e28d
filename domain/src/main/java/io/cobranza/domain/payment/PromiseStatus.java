package io.cobranza.domain.payment;

import io.cobranza.domain.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/** Where a promise to pay stands on a date: still open, kept, or broken with a shortfall. */
public sealed interface PromiseStatus
    permits PromiseStatus.Pending, PromiseStatus.Kept, PromiseStatus.Broken {

  /** Whether the promise has been decided either way (kept or broken). */
  default boolean isResolved() {
    return !(this instanceof Pending);
  }

  /**
   * The promise can still be kept: its due date (and grace) has not passed yet.
   *
   * @param outstanding what is still to be paid to keep it (the full amount when nothing was paid)
   */
  record Pending(Money outstanding) implements PromiseStatus {
    public Pending {
      Objects.requireNonNull(outstanding, "outstanding");
    }
  }

  /**
   * The promised amount was paid in time.
   *
   * @param on the date of the payment that completed the amount
   */
  record Kept(LocalDate on) implements PromiseStatus {
    public Kept {
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * The due date (and grace) passed without the promised amount being paid.
   *
   * @param asOf the first day the promise counts as broken: the day after the due date and grace
   * @param shortfall what was missing by then (the full amount when nothing was paid)
   */
  record Broken(LocalDate asOf, Money shortfall) implements PromiseStatus {
    public Broken {
      Objects.requireNonNull(asOf, "asOf");
      Objects.requireNonNull(shortfall, "shortfall");
      if (!shortfall.isPositive()) {
        throw new IllegalArgumentException("shortfall: a broken promise lacks money, " + shortfall);
      }
    }
  }
}
