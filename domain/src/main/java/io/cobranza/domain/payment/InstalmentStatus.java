package io.cobranza.domain.payment;

import io.cobranza.domain.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/** Where an instalment stands on a date: met, not yet due, or missed. */
public sealed interface InstalmentStatus
    permits InstalmentStatus.Met, InstalmentStatus.Due, InstalmentStatus.Missed {

  /**
   * Paid in full.
   *
   * @param on the date of the payment that completed it (after the due date if it was paid late)
   */
  record Met(LocalDate on) implements InstalmentStatus {
    public Met {
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * Not due yet (the due date is today or later), possibly partly paid.
   *
   * @param remaining what is still to pay on it
   */
  record Due(Money remaining) implements InstalmentStatus {
    public Due {
      Objects.requireNonNull(remaining, "remaining");
    }
  }

  /**
   * The due date has passed and it is not fully paid (partly paid or not at all).
   *
   * @param shortfall what is still owed on it: its part of the plan's arrears
   */
  record Missed(Money shortfall) implements InstalmentStatus {
    public Missed {
      Objects.requireNonNull(shortfall, "shortfall");
    }
  }
}
