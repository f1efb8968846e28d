package io.cobranza.domain.recommendation;

import java.time.Duration;
import java.util.Objects;

/**
 * How a decision's reward is counted from what followed it within {@code window}, as shares of what
 * the debtor owed at the decision: what was paid, plus {@code commitmentWeight} of what was
 * promised or agreed and not yet due (its worth shows only later), less {@code forgivenWeight} of a
 * balance forgiven in a settlement, less what the contacts cost, less {@code complaintPenalty} per
 * complaint and {@code contactPenalty} per contact (contacts tire people). The simulator and the
 * platform credit decisions by the same rule.
 *
 * @param window how long after a decision what follows counts
 * @param commitmentWeight what an amount promised or agreed counts for, against one paid
 * @param forgivenWeight what a forgiven amount costs, against one paid
 * @param contactPenalty what each contact costs, as a share of the balance
 * @param complaintPenalty what each complaint costs, as a share of the balance
 */
public record RewardRule(
    Duration window,
    double commitmentWeight,
    double forgivenWeight,
    double contactPenalty,
    double complaintPenalty) {

  /** The rule the recommender's settings were chosen with (docs/simulation.md). */
  public static final RewardRule STANDARD =
      new RewardRule(Duration.ofDays(7), 0.5, 0.75, 0.02, 0.1);

  public RewardRule {
    Objects.requireNonNull(window, "window");
    if (!window.isPositive()) {
      throw new IllegalArgumentException("window: must be positive, was " + window);
    }
    requireWeight("commitmentWeight", commitmentWeight);
    requireWeight("forgivenWeight", forgivenWeight);
    requireWeight("contactPenalty", contactPenalty);
    requireWeight("complaintPenalty", complaintPenalty);
  }

  private static void requireWeight(String name, double weight) {
    if (!(weight >= 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException(name + ": a number from 0 up, was " + weight);
    }
  }

  /** What followed a decision within the window, in the minor units of the debtor's currency. */
  public record Followed(
      long owedMinor,
      long paidMinor,
      long committedMinor,
      long forgivenMinor,
      double cost,
      int complaints,
      int contacts) {}

  /**
   * The reward of what followed; {@code cost} is in major units, converted with {@code
   * fractionDigits} (2 for cents).
   */
  public double reward(Followed f, int fractionDigits) {
    double owed = Math.max(1, f.owedMinor());
    double owedMajor = owed / Math.pow(10, Math.max(0, fractionDigits));
    return (f.paidMinor()
                + commitmentWeight * f.committedMinor()
                - forgivenWeight * f.forgivenMinor())
            / owed
        - f.cost() / owedMajor
        - complaintPenalty * f.complaints()
        - contactPenalty * f.contacts();
  }
}
