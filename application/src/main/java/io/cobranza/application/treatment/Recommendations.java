package io.cobranza.application.treatment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The recommender's decisions, each kept once with its reasons and later its reward (outbound). */
public interface Recommendations {
  /** Keeps no decision: for a platform whose recommender does not learn from its decisions. */
  Recommendations NONE =
      new Recommendations() {
        @Override
        public void record(RecordedRecommendation recommendation) {}

        @Override
        public Optional<RecordedRecommendation> latest(String requestId) {
          return Optional.empty();
        }

        @Override
        public List<RecordedRecommendation> unrewarded(Instant decidedBefore, int limit) {
          return List.of();
        }

        @Override
        public boolean credit(String decisionId, double reward, Instant at) {
          return false;
        }

        @Override
        public void uncreditable(String decisionId, String problem, Instant at) {}

        @Override
        public void forEach(String model, Consumer<RecordedRecommendation> action) {}
      };

  /** Keeps a decision; one kept before under the same id stays as it was. */
  void record(RecordedRecommendation recommendation);

  /**
   * The newest decision kept under {@code requestId}, or under it with an instant appended ({@code
   * requestId@1767225600000}): what a retried activity, or a case restored with its counters from
   * zero, finds.
   */
  Optional<RecordedRecommendation> latest(String requestId);

  /**
   * Up to {@code limit} decisions made before {@code decidedBefore} with neither a reward nor a
   * problem, oldest first.
   */
  List<RecordedRecommendation> unrewarded(Instant decidedBefore, int limit);

  /**
   * Credits a decision with its reward unless it has one (or a problem) already: whether this call
   * credited it. Two processes crediting at once credit each decision once.
   */
  boolean credit(String decisionId, double reward, Instant at);

  /** Marks a decision that cannot be credited, with the reason; it is not tried again. */
  void uncreditable(String decisionId, String problem, Instant at);

  /** Every decision of {@code model}, oldest first, a page at a time, to rebuild the model. */
  void forEach(String model, Consumer<RecordedRecommendation> action);
}
