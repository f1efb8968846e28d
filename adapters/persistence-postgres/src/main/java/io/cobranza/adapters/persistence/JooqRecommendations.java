package io.cobranza.adapters.persistence;

import static org.jooq.impl.DSL.val;

import io.cobranza.application.treatment.Recommendations;
import io.cobranza.application.treatment.RecordedRecommendation;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.debtor.DebtorId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Record;

/** {@link Recommendations} in the table recommendations. */
final class JooqRecommendations implements Recommendations {
  private static final String COLUMNS =
      "decision_id, case_id, debtor_id, step_id, options, chosen, expected_value, explored,"
          + " reasons, model, memo, decided_at, owed_minor, currency, reward";

  private final DSLContext dsl;

  JooqRecommendations(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void record(RecordedRecommendation r) {
    dsl.execute(
        "INSERT INTO recommendations ("
            + COLUMNS
            + ", rewarded_at) VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {9}, {10}, {11},"
            + " {12}, {13}, {14}, {15}) ON CONFLICT (decision_id) DO NOTHING",
        val(r.decisionId()),
        val(r.caseId().value()),
        val(r.debtorId().value()),
        val(r.stepId()),
        val(r.options().toArray(String[]::new)),
        val(r.chosen()),
        val(r.expectedValue()),
        val(r.explored()),
        val(r.reasons().toArray(String[]::new)),
        val(r.model()),
        val(r.memo(), String.class),
        val(OffsetDateTime.ofInstant(r.decidedAt(), ZoneOffset.UTC)),
        val(r.owedMinor()),
        val(r.currency()),
        val(r.reward(), Double.class),
        val(
            r.reward() == null ? null : OffsetDateTime.ofInstant(r.decidedAt(), ZoneOffset.UTC),
            OffsetDateTime.class));
  }

  @Override
  public List<RecordedRecommendation> unrewarded(Instant decidedBefore, int limit) {
    return dsl.resultQuery(
            "SELECT "
                + COLUMNS
                + " FROM recommendations WHERE reward IS NULL AND decided_at < {0}"
                + " ORDER BY decided_at, decision_id LIMIT {1}",
            val(OffsetDateTime.ofInstant(decidedBefore, ZoneOffset.UTC)),
            val(limit))
        .fetch(JooqRecommendations::of);
  }

  @Override
  public void rewarded(String decisionId, double reward, Instant at) {
    dsl.execute(
        "UPDATE recommendations SET reward = {0}, rewarded_at = {1} WHERE decision_id = {2}",
        val(reward), val(OffsetDateTime.ofInstant(at, ZoneOffset.UTC)), val(decisionId));
  }

  @Override
  public void forEach(String model, Consumer<RecordedRecommendation> action) {
    try (var cursor =
        dsl.resultQuery(
                "SELECT "
                    + COLUMNS
                    + " FROM recommendations WHERE model = {0} ORDER BY decided_at, decision_id",
                val(model))
            .fetchSize(1_000)
            .fetchLazy()) {
      for (var row : cursor) {
        action.accept(of(row));
      }
    }
  }

  private static RecordedRecommendation of(Record r) {
    return new RecordedRecommendation(
        r.get("decision_id", String.class),
        CaseId.of(r.get("case_id", String.class)),
        DebtorId.of(r.get("debtor_id", String.class)),
        r.get("step_id", String.class),
        List.of(r.get("options", String[].class)),
        r.get("chosen", String.class),
        r.get("expected_value", Double.class),
        r.get("explored", Boolean.class),
        List.of(r.get("reasons", String[].class)),
        r.get("model", String.class),
        r.get("memo", String.class),
        r.get("decided_at", OffsetDateTime.class).toInstant(),
        r.get("owed_minor", Long.class),
        r.get("currency", String.class),
        r.get("reward", Double.class));
  }
}
