package io.cobranza.application.treatment;

import java.util.Objects;

/**
 * What followed a decision, as a reward for the model that made it: the share of the balance
 * recovered in the window after the decision, less what the contact cost and a penalty for a
 * complaint (docs/simulation.md has the exact terms).
 *
 * @param decisionId the decision
 * @param reward the reward
 */
public record DecisionOutcome(String decisionId, double reward) {
  public DecisionOutcome {
    Objects.requireNonNull(decisionId, "decisionId");
    if (!Double.isFinite(reward)) {
      throw new IllegalArgumentException("reward: must be a finite number, was " + reward);
    }
  }
}
