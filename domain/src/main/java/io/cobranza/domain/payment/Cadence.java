package io.cobranza.domain.payment;

import java.time.LocalDate;

/** How often a debtor pays, or a plan's instalments fall due. */
public enum Cadence {
  WEEKLY,
  FORTNIGHTLY,
  MONTHLY;

  /**
   * The {@code n}-th due date (0 is the first) of a schedule that starts on {@code first}. Monthly
   * dates keep the first date's day of month where the month has it and fall on the month's last
   * day where it does not (31 January, 28 or 29 February, 31 March).
   */
  public LocalDate dueDate(LocalDate first, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative, was " + n);
    }
    return switch (this) {
      case WEEKLY -> first.plusWeeks(n);
      case FORTNIGHTLY -> first.plusWeeks(2L * n);
      case MONTHLY -> first.plusMonths(n);
    };
  }
}
