package io.cobranza.domain.payment;

/**
 * When a payment plan counts as broken: once {@code missedInstalments} instalments are missed at
 * the same time, or once an instalment has stayed missed for more than {@code arrearsDays} days
 * after its due date, whichever comes first.
 *
 * <p>The default, {@link #DEFAULT}, is two missed instalments or arrears older than 30 days: a
 * monthly plan breaks about when its second instalment is missed, a weekly plan when its second
 * instalment in a row is missed, and no plan can carry a missed instalment for more than a month.
 *
 * @param missedInstalments how many instalments missed together break the plan; at least 1
 * @param arrearsDays how many days past its due date an instalment may stay missed; at least 0
 */
public record PlanBreakRule(int missedInstalments, int arrearsDays) {
  /** Two missed instalments, or one missed for more than 30 days. */
  public static final PlanBreakRule DEFAULT = new PlanBreakRule(2, 30);

  public PlanBreakRule {
    if (missedInstalments < 1) {
      throw new IllegalArgumentException(
          "missedInstalments: at least one, was " + missedInstalments);
    }
    if (arrearsDays < 0) {
      throw new IllegalArgumentException("arrearsDays must not be negative, was " + arrearsDays);
    }
  }
}
