package io.cobranza.application.treatment;

import java.util.List;

/**
 * Chooses one of a step's options for a debtor (outbound port: the recommender), among those the
 * contact gate permits ({@link PermittedOptions}), and learns from what followed. It must answer
 * with one of the options it was given, and say why.
 */
@FunctionalInterface
public interface NextBestAction {
  /** The recommendation for a decision: one of {@link Decision#options()}, with its reasons. */
  Recommendation recommend(Decision decision);

  /** What followed an earlier recommendation; a model that learns updates itself. */
  default void learn(DecisionOutcome outcome) {}

  /**
   * A decision this model made before a restart, with its {@link Recommendation#memo()}: it waits
   * for its outcome again (a following {@link #learn} counts it).
   */
  default void recall(String decisionId, String memo) {}

  /** No model: the step's first option, as the protocol's author ordered them. */
  NextBestAction FIRST_OPTION =
      decision ->
          new Recommendation(
              decision.options().getFirst(),
              0,
              false,
              List.of("the protocol's first option: no recommender is active"),
              "first-option");
}
