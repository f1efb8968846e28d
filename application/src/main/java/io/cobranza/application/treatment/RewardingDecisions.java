package io.cobranza.application.treatment;

import io.cobranza.domain.contact.ChannelCosts;
import io.cobranza.domain.recommendation.RewardRule;
import java.time.Clock;
import java.util.Currency;
import java.util.Objects;

/**
 * Credits the recommender's decisions whose window has passed with what followed them in the
 * ledger, by the same {@link RewardRule} the simulator uses. A decision that cannot be credited (it
 * owed nothing, its ledger cannot be read) is marked with the reason and the others go on. The
 * models learn from the credited decisions when they are rebuilt ({@link LearningRecommender}).
 */
public final class RewardingDecisions {
  /** Decisions read at once. */
  static final int PAGE = 1_000;

  private final Recommendations recommendations;
  private final DecisionOutcomes outcomes;
  private final RewardRule rule;
  private final ChannelCosts costs;
  private final Clock clock;

  public RewardingDecisions(
      Recommendations recommendations,
      DecisionOutcomes outcomes,
      RewardRule rule,
      ChannelCosts costs,
      Clock clock) {
    this.recommendations = Objects.requireNonNull(recommendations, "recommendations");
    this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.costs = Objects.requireNonNull(costs, "costs");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * What one run credited.
   *
   * @param credited decisions credited with a reward
   * @param uncreditable decisions marked as impossible to credit, with the reason kept
   */
  public record Credited(int credited, int uncreditable) {}

  /** Credits every decision whose window has ended. */
  public Credited rewardDue() {
    var now = clock.instant();
    int credited = 0;
    int uncreditable = 0;
    while (true) {
      var due = recommendations.unrewarded(now.minus(rule.window()), PAGE);
      for (var decision : due) {
        if (decision.owedMinor() <= 0) {
          recommendations.uncreditable(
              decision.decisionId(), "nothing was owed when it was decided", now);
          uncreditable++;
          continue;
        }
        double reward;
        try {
          reward = reward(decision);
        } catch (RuntimeException e) {
          recommendations.uncreditable(decision.decisionId(), String.valueOf(e), now);
          uncreditable++;
          continue;
        }
        if (recommendations.credit(decision.decisionId(), reward, now)) {
          credited++;
        }
      }
      if (due.size() < PAGE) {
        return new Credited(credited, uncreditable);
      }
    }
  }

  private double reward(RecordedRecommendation decision) {
    var followed = outcomes.after(decision, decision.decidedAt().plus(rule.window()));
    // A promise paid within the window is in what was paid: only the rest is still a commitment.
    long committed = Math.max(0, followed.promisedMinor() - followed.paidMinor());
    return rule.reward(
        new RewardRule.Followed(
            decision.owedMinor(),
            followed.paidMinor(),
            committed,
            0,
            costs.of(followed.contacts()),
            followed.complaints(),
            followed.contactCount()),
        Math.max(0, Currency.getInstance(decision.currency()).getDefaultFractionDigits()));
  }
}
