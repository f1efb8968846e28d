package io.cobranza.application.treatment;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** The recommender's decisions, each kept once with its reasons and later its reward (outbound). */
public interface Recommendations {
  /** Keeps a decision; one kept before under the same id stays as it was. */
  void record(RecordedRecommendation recommendation);

  /**
   * Up to {@code limit} decisions made before {@code decidedBefore} with no reward, oldest first.
   */
  List<RecordedRecommendation> unrewarded(Instant decidedBefore, int limit);

  /** Credits a decision with its reward. */
  void rewarded(String decisionId, double reward, Instant at);

  /** Every decision of {@code model}, oldest first, to bring a model back after a restart. */
  void forEach(String model, Consumer<RecordedRecommendation> action);
}
