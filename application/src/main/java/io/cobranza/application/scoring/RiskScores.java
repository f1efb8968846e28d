package io.cobranza.application.scoring;

import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.scoring.RiskScore;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The risk scores a model gave (outbound port; persistence implements it). */
public interface RiskScores {
  /** The debtor's newest score, if they have been scored. */
  Optional<RiskScore> latest(DebtorId debtorId);

  /** The newest score of each of these debtors; a debtor never scored is absent. */
  default Map<DebtorId, RiskScore> latestOf(Collection<DebtorId> debtorIds) {
    var found = new LinkedHashMap<DebtorId, RiskScore>();
    for (var id : debtorIds) {
      latest(id).ifPresent(score -> found.put(id, score));
    }
    return found;
  }

  /** Records a score with the model version that produced it. */
  void save(RiskScore score);
}
