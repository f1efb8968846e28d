package io.cobranza.adapters.persistence.treatment;

import static org.jooq.impl.DSL.val;

import io.cobranza.adapters.persistence.Columns;
import io.cobranza.application.treatment.Recommendations;
import io.cobranza.application.treatment.RecordedRecommendation;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.debtor.DebtorId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Record;

/** {@link Recommendations} in the table recommendations. */
public final class JooqRecommendations implements Recommendations {
  /** Decisions read at once when a model is rebuilt. */
  static final int PAGE = 5_000;

  private static final String COLUMNS =
      "decision_id, case_id, debtor_id, step_id, options, chosen, expected_value, explored,"
          + " reasons, model, memo, decided_at, zone, owed_minor, currency, reward";

  private final DSLContext dsl;

  public JooqRecommendations(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void record(RecordedRecommendation r) {
    if (r.reward() != null) {
      throw new IllegalArgumentException(
          "reward: a decision is kept before it is credited, " + r.decisionId() + " has one");
    }
    dsl.execute(
        "INSERT INTO recommendations ("
            + COLUMNS
            + ") VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {9}, {10}, {11}, {12}, {13},"
            + " {14}, NULL) ON CONFLICT (decision_id) DO NOTHING",
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
        val(Columns.utc(r.decidedAt())),
        val(r.zone().getId()),
        val(r.owedMinor()),
        val(r.currency()));
  }

  @Override
  public Optional<RecordedRecommendation> latest(String requestId) {
    return dsl.resultQuery(
            "SELECT "
                + COLUMNS
                + " FROM recommendations WHERE decision_id = {0} OR decision_id LIKE {1}"
                + " ORDER BY decided_at DESC LIMIT 1",
            val(requestId),
            val(requestId.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "@%"))
        .fetchOptional(JooqRecommendations::of);
  }

  @Override
  public List<RecordedRecommendation> unrewarded(Instant decidedBefore, int limit) {
    return dsl.resultQuery(
            "SELECT "
                + COLUMNS
                + " FROM recommendations WHERE reward IS NULL AND problem IS NULL"
                + " AND decided_at < {0} ORDER BY decided_at, decision_id LIMIT {1}",
            val(Columns.utc(decidedBefore)),
            val(limit))
        .fetch(JooqRecommendations::of);
  }

  @Override
  public boolean credit(String decisionId, double reward, Instant at) {
    return dsl.execute(
            "UPDATE recommendations SET reward = {0}, rewarded_at = {1}"
                + " WHERE decision_id = {2} AND reward IS NULL AND problem IS NULL",
            val(reward), val(Columns.utc(at)), val(decisionId))
        == 1;
  }

  @Override
  public void uncreditable(String decisionId, String problem, Instant at) {
    dsl.execute(
        "UPDATE recommendations SET problem = {0}, rewarded_at = {1}"
            + " WHERE decision_id = {2} AND reward IS NULL AND problem IS NULL",
        val(problem), val(Columns.utc(at)), val(decisionId));
  }

  @Override
  public void forEach(String model, Consumer<RecordedRecommendation> action) {
    // A page at a time after the last one read: the table grows with every decision.
    OffsetDateTime afterAt = OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    String afterId = "";
    while (true) {
      var page =
          dsl.resultQuery(
                  "SELECT "
                      + COLUMNS
                      + " FROM recommendations WHERE model = {0}"
                      + " AND (decided_at, decision_id) > ({1}, {2})"
                      + " ORDER BY decided_at, decision_id LIMIT {3}",
                  val(model),
                  val(afterAt),
                  val(afterId),
                  val(PAGE))
              .fetch(JooqRecommendations::of);
      page.forEach(action);
      if (page.size() < PAGE) {
        return;
      }
      var last = page.getLast();
      afterAt = Columns.utc(last.decidedAt());
      afterId = last.decisionId();
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
        ZoneId.of(r.get("zone", String.class)),
        r.get("owed_minor", Long.class),
        r.get("currency", String.class),
        r.get("reward", Double.class));
  }
}
