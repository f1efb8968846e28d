package io.cobranza.application.portfolio;

import static io.cobranza.application.InvalidCommandException.present;
import static io.cobranza.application.InvalidCommandException.require;

import java.math.BigDecimal;

/**
 * What an import accepts as plausible: larger amounts or more days past due are taken for mistakes
 * in the file rather than for debts.
 *
 * @param maxAmount the ceiling of any amount (balance, minimum due, payment) in the account's
 *     currency's major units
 * @param maxDaysPastDue the most days past due a row may state
 * @param maxPaymentsPerAccount the longest payment history a row may carry
 */
public record ImportLimits(BigDecimal maxAmount, int maxDaysPastDue, int maxPaymentsPerAccount) {
  /** The documented defaults: 10,000,000 per amount, 10,000 days past due, 1,000 payments. */
  public static final ImportLimits DEFAULT =
      new ImportLimits(BigDecimal.valueOf(10_000_000), 10_000, 1_000);

  public ImportLimits {
    present(maxAmount, "maxAmount");
    require(maxAmount.signum() > 0, "maxAmount", "must be positive, was " + maxAmount);
    require(maxDaysPastDue >= 0, "maxDaysPastDue", "must not be negative");
    require(maxPaymentsPerAccount >= 0, "maxPaymentsPerAccount", "must not be negative");
  }
}
