package io.cobranza.application.fakes;

import io.cobranza.application.scoring.RiskScores;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.scoring.RiskScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Risk scores in a list. */
public final class InMemoryRiskScores implements RiskScores {
  private final List<RiskScore> scores = new ArrayList<>();

  @Override
  public synchronized Optional<RiskScore> latest(DebtorId debtorId) {
    return scores.stream()
        .filter(s -> s.debtorId().equals(debtorId))
        .max(Comparator.comparing(RiskScore::scoredAt));
  }

  /** Every score saved, in order. */
  public synchronized List<RiskScore> all() {
    return List.copyOf(scores);
  }

  @Override
  public synchronized void save(RiskScore score) {
    scores.add(score);
  }
}
