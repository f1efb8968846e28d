package io.cobranza.application.treatment;

import java.util.Objects;
import java.util.function.IntFunction;

/**
 * A recommender the platform rebuilds from the decisions it kept: each {@link #refresh} makes a
 * fresh model, hands it every decision of {@code model} in order (each one's memo, and the reward
 * of those credited) and then answers with it. Every process that serves the workflows converges on
 * the same model, whichever of them made a decision or credited it, and a restart loses nothing.
 */
public final class LearningRecommender implements NextBestAction {
  private final String model;
  private final IntFunction<NextBestAction> fresh;
  private final Recommendations recommendations;
  private volatile NextBestAction current;
  private int refreshes;

  /**
   * @param model the model's name, as its recommendations say it
   * @param fresh a new, untaught model for the n-th rebuild (its draws may differ per rebuild)
   */
  public LearningRecommender(
      String model, IntFunction<NextBestAction> fresh, Recommendations recommendations) {
    this.model = Objects.requireNonNull(model, "model");
    this.fresh = Objects.requireNonNull(fresh, "fresh");
    this.recommendations = Objects.requireNonNull(recommendations, "recommendations");
    this.current = fresh.apply(0);
  }

  /**
   * What a rebuild read.
   *
   * @param decisions decisions handed back (those with a memo)
   * @param rewarded of which were credited, and taught
   * @param unreadable decisions whose memo the model refused (left out)
   */
  public record Rebuilt(int decisions, int rewarded, int unreadable) {}

  /** Rebuilds the model from every kept decision, then answers with the new one. */
  public synchronized Rebuilt refresh() {
    var next = fresh.apply(++refreshes);
    int[] counts = new int[3];
    recommendations.forEach(
        model,
        decision -> {
          var memo = decision.memo();
          if (memo == null) {
            return;
          }
          try {
            next.recall(decision.decisionId(), memo);
          } catch (IllegalArgumentException e) {
            counts[2]++;
            return;
          }
          counts[0]++;
          var reward = decision.reward();
          if (reward != null) {
            next.learn(new DecisionOutcome(decision.decisionId(), reward));
            counts[1]++;
          }
        });
    current = next;
    return new Rebuilt(counts[0], counts[1], counts[2]);
  }

  @Override
  public Recommendation recommend(Decision decision) {
    return current.recommend(decision);
  }

  @Override
  public void learn(DecisionOutcome outcome) {
    current.learn(outcome);
  }

  @Override
  public void recall(String decisionId, String memo) {
    current.recall(decisionId, memo);
  }
}
