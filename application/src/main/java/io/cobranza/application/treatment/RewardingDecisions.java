package io.cobranza.application.treatment;

import io.cobranza.domain.contact.ChannelCosts;
import io.cobranza.domain.recommendation.RewardRule;
import java.time.Clock;
import java.util.Currency;
import java.util.Objects;

/**
 * Credits the recommender's decisions whose window has passed with what followed them in the
 * ledger, by the same {@link RewardRule} the simulator uses, and teaches the recommender; brings
 * the recommender back after a restart from the decisions kept.
 */
public final class RewardingDecisions {
  /** Decisions read at once. */
  static final int PAGE = 1_000;

  private final Recommendations recommendations;
  private final DecisionOutcomes outcomes;
  private final NextBestAction recommender;
  private final RewardRule rule;
  private final ChannelCosts costs;
  private final Clock clock;

  public RewardingDecisions(
      Recommendations recommendations,
      DecisionOutcomes outcomes,
      NextBestAction recommender,
      RewardRule rule,
      ChannelCosts costs,
      Clock clock) {
    this.recommendations = Objects.requireNonNull(recommendations, "recommendations");
    this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
    this.recommender = Objects.requireNonNull(recommender, "recommender");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.costs = Objects.requireNonNull(costs, "costs");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Credits every decision whose window has ended; how many. */
  public int rewardDue() {
    var now = clock.instant();
    int credited = 0;
    while (true) {
      var due = recommendations.unrewarded(now.minus(rule.window()), PAGE);
      for (var decision : due) {
        var end = decision.decidedAt().plus(rule.window());
        var followed = outcomes.after(decision, end);
        double reward =
            rule.reward(
                new RewardRule.Followed(
                    decision.owedMinor(),
                    followed.paidMinor(),
                    followed.promisedMinor(),
                    0,
                    costs.of(followed.contacts()),
                    followed.complaints(),
                    followed.contactCount()),
                fractionDigits(decision.currency()));
        recommender.learn(new DecisionOutcome(decision.decisionId(), reward));
        recommendations.rewarded(decision.decisionId(), reward, now);
        credited++;
      }
      if (due.size() < PAGE) {
        return credited;
      }
    }
  }

  /**
   * Hands {@code model}'s kept decisions back to the recommender, oldest first: each one waits for
   * its outcome again, and those already credited learn it at once. How many.
   */
  public int restore(String model) {
    int[] restored = {0};
    recommendations.forEach(
        model,
        decision -> {
          var memo = decision.memo();
          if (memo == null) {
            return;
          }
          recommender.recall(decision.decisionId(), memo);
          var reward = decision.reward();
          if (reward != null) {
            recommender.learn(new DecisionOutcome(decision.decisionId(), reward));
          }
          restored[0]++;
        });
    return restored[0];
  }

  private static int fractionDigits(String currency) {
    try {
      return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    } catch (IllegalArgumentException e) {
      return 2;
    }
  }
}
