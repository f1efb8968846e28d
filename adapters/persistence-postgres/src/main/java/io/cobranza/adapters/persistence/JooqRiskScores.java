package io.cobranza.adapters.persistence;

import static io.cobranza.adapters.persistence.jooq.Tables.RISK_SCORES;

import io.cobranza.application.scoring.RiskScores;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.scoring.RiskScore;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * {@link RiskScores} in the table risk_scores: one row per debtor, time and model version; the
 * newest by time is the debtor's score.
 */
final class JooqRiskScores implements RiskScores {
  private final DSLContext dsl;

  JooqRiskScores(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Optional<RiskScore> latest(DebtorId debtorId) {
    return dsl.selectFrom(RISK_SCORES)
        .where(RISK_SCORES.DEBTOR_ID.eq(debtorId.value()))
        .orderBy(RISK_SCORES.SCORED_AT.desc(), RISK_SCORES.MODEL_VERSION.desc())
        .limit(1)
        .fetchOptional(r ->
            new RiskScore(
                DebtorId.of(r.getDebtorId()),
                r.getProbabilityOfDefault(),
                r.getModelVersion(),
                r.getScoredAt()));
  }

  @Override
  public void save(RiskScore score) {
    dsl.insertInto(RISK_SCORES)
        .set(RISK_SCORES.DEBTOR_ID, score.debtorId().value())
        .set(RISK_SCORES.SCORED_AT, score.scoredAt())
        .set(RISK_SCORES.MODEL_VERSION, score.modelVersion())
        .set(RISK_SCORES.PROBABILITY_OF_DEFAULT, score.probabilityOfDefault())
        .onConflictDoNothing()
        .execute();
  }
}
