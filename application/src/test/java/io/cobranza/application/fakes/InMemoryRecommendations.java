package io.cobranza.application.fakes;

import io.cobranza.application.treatment.Recommendations;
import io.cobranza.application.treatment.RecordedRecommendation;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The recommender's decisions in memory, as the table keeps them. */
public final class InMemoryRecommendations implements Recommendations {
  private final Map<String, RecordedRecommendation> rows = new LinkedHashMap<>();
  private final Map<String, String> problems = new LinkedHashMap<>();

  @Override
  public synchronized void record(RecordedRecommendation r) {
    rows.putIfAbsent(r.decisionId(), r);
  }

  @Override
  public synchronized Optional<RecordedRecommendation> latest(String requestId) {
    return rows.values().stream()
        .filter(r -> r.decisionId().equals(requestId) || r.decisionId().startsWith(requestId + "@"))
        .max(Comparator.comparing(RecordedRecommendation::decidedAt));
  }

  @Override
  public synchronized List<RecordedRecommendation> unrewarded(Instant decidedBefore, int limit) {
    return rows.values().stream()
        .filter(r ->
            r.reward() == null
                && !problems.containsKey(r.decisionId())
                && r.decidedAt().isBefore(decidedBefore))
        .sorted(Comparator.comparing(RecordedRecommendation::decidedAt))
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized boolean credit(String decisionId, double reward, Instant at) {
    var r = rows.get(decisionId);
    if (r == null || r.reward() != null || problems.containsKey(decisionId)) {
      return false;
    }
    rows.put(decisionId, r.withReward(reward));
    return true;
  }

  @Override
  public synchronized void uncreditable(String decisionId, String problem, Instant at) {
    problems.put(decisionId, problem);
  }

  @Override
  public synchronized void forEach(String model, Consumer<RecordedRecommendation> action) {
    rows.values().stream()
        .filter(r -> r.model().equals(model))
        .sorted(Comparator.comparing(RecordedRecommendation::decidedAt))
        .toList()
        .forEach(action);
  }

  /** The decision kept under this id. */
  public synchronized RecordedRecommendation get(String decisionId) {
    return rows.get(decisionId);
  }

  /** Why a decision could not be credited, if it could not. */
  public synchronized Optional<String> problemOf(String decisionId) {
    return Optional.ofNullable(problems.get(decisionId));
  }

  /** Every decision kept. */
  public synchronized List<RecordedRecommendation> all() {
    return List.copyOf(rows.values());
  }
}
