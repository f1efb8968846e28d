package io.cobranza.application.scoring;

import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.scoring.RiskScore;
import java.util.Optional;

/** The risk scores a model gave (outbound port; persistence implements it). */
public interface RiskScores {
  /** The debtor's newest score, if they have been scored. */
  Optional<RiskScore> latest(DebtorId debtorId);

  /** Records a score with the model version that produced it. */
  void save(RiskScore score);
}
