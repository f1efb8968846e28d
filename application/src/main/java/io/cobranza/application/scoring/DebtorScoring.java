package io.cobranza.application.scoring;

import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.scoring.RiskScore;
import java.time.LocalDate;
import java.util.Optional;

/** The refresh's scoring step: scores a case's debtor and records the score. */
@FunctionalInterface
public interface DebtorScoring {
  /** Scores nobody: a platform without an active model. */
  DebtorScoring NONE = (debtor, collectionCase, asOf) -> Optional.empty();

  /** Scores with the model of the day {@code asOf} and records; empty when it cannot. */
  Optional<RiskScore> score(Debtor debtor, CollectionCase collectionCase, LocalDate asOf);
}
