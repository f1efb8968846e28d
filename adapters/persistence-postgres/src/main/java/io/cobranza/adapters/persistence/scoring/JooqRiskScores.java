package io.cobranza.adapters.persistence.scoring;

import static io.cobranza.adapters.persistence.jooq.Tables.RISK_SCORES;

import io.cobranza.application.scoring.RiskScores;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.scoring.RiskScore;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * {@link RiskScores} in the table risk_scores: one row per debtor, time and model version; the
 * newest by time is the debtor's score.
 */
public final class JooqRiskScores implements RiskScores {
  private final DSLContext dsl;

  public JooqRiskScores(DSLContext dsl) {
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
  public Map<DebtorId, RiskScore> latestOf(Collection<DebtorId> debtorIds) {
    var found = new LinkedHashMap<DebtorId, RiskScore>();
    if (debtorIds.isEmpty()) {
      return found;
    }
    var ids = debtorIds.stream().map(DebtorId::value).distinct().toArray(String[]::new);
    dsl.select(
            RISK_SCORES.DEBTOR_ID,
            RISK_SCORES.PROBABILITY_OF_DEFAULT,
            RISK_SCORES.MODEL_VERSION,
            RISK_SCORES.SCORED_AT)
        .distinctOn(RISK_SCORES.DEBTOR_ID)
        .from(RISK_SCORES)
        .where(RISK_SCORES.DEBTOR_ID.eq(DSL.any(ids)))
        .orderBy(
            RISK_SCORES.DEBTOR_ID, RISK_SCORES.SCORED_AT.desc(), RISK_SCORES.MODEL_VERSION.desc())
        .forEach(r -> {
          var score = new RiskScore(DebtorId.of(r.value1()), r.value2(), r.value3(), r.value4());
          found.put(score.debtorId(), score);
        });
    return found;
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
