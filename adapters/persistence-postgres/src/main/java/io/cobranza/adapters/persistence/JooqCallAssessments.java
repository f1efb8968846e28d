package io.cobranza.adapters.persistence;

import static org.jooq.impl.DSL.val;

import io.cobranza.application.vulnerability.CallNotices;
import io.cobranza.application.vulnerability.RecordedAssessment;
import io.cobranza.application.vulnerability.VulnerabilityAssessments;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.vulnerability.Evidence;
import io.cobranza.domain.vulnerability.VulnerabilityAssessment;
import io.cobranza.domain.vulnerability.VulnerabilityDriver;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/** {@link CallNotices} and {@link VulnerabilityAssessments} in call_notices and its neighbour. */
final class JooqCallAssessments implements CallNotices, VulnerabilityAssessments {
  private static final String COLUMNS =
      "recording_id, case_id, assessed_at, drivers, confidence, stress_score, evidence_sources,"
          + " evidence_words, evidence_at_ms, evidence_drivers, evidence_weights, warnings, flagged";

  private final DSLContext dsl;

  JooqCallAssessments(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void told(CaseId caseId, Instant at, String by) {
    dsl.execute(
        "INSERT INTO call_notices (case_id, told_at, told_by) VALUES ({0}, {1}, {2})"
            + " ON CONFLICT (case_id) DO NOTHING",
        val(caseId.value()), val(Columns.utc(at)), val(by));
  }

  @Override
  public boolean wasTold(CaseId caseId, Instant at) {
    return dsl.resultQuery(
            "SELECT 1 FROM call_notices WHERE case_id = {0} AND told_at <= {1}",
            val(caseId.value()), val(Columns.utc(at)))
        .fetchOptional()
        .isPresent();
  }

  @Override
  public boolean record(RecordedAssessment r) {
    var a = r.assessment();
    var evidence = a.evidence();
    int n = evidence.size();
    var sources = new String[n];
    var words = new String[n];
    var at = new Long[n];
    var drivers = new String[n];
    var weights = new Double[n];
    for (int i = 0; i < n; i++) {
      var e = evidence.get(i);
      sources[i] = e.source().name();
      words[i] = e.description();
      at[i] = e.at() == null ? null : e.at().toMillis();
      drivers[i] = e.driver() == null ? null : e.driver().name();
      weights[i] = e.weight();
    }
    return dsl.execute(
            "INSERT INTO vulnerability_assessments ("
                + COLUMNS
                + ") VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {9}, {10}, {11}, {12})"
                + " ON CONFLICT (recording_id) DO NOTHING",
            val(r.recordingId()),
            val(r.caseId().value()),
            val(Columns.utc(r.assessedAt())),
            val(Columns.names(a.drivers())),
            val(a.confidence()),
            val(a.stressScore()),
            val(sources),
            val(words),
            val(at),
            val(drivers),
            val(weights),
            val(r.warnings().toArray(String[]::new)),
            val(r.flagged()))
        == 1;
  }

  @Override
  public Optional<RecordedAssessment> of(String recordingId) {
    return dsl.resultQuery(
            "SELECT " + COLUMNS + " FROM vulnerability_assessments WHERE recording_id = {0}",
            val(recordingId))
        .fetchOptional(JooqCallAssessments::assessment);
  }

  @Override
  public List<RecordedAssessment> ofCase(CaseId caseId) {
    return dsl.resultQuery(
            "SELECT "
                + COLUMNS
                + " FROM vulnerability_assessments WHERE case_id = {0}"
                + " ORDER BY assessed_at, recording_id",
            val(caseId.value()))
        .fetch(JooqCallAssessments::assessment);
  }

  private static RecordedAssessment assessment(Record r) {
    var sources = r.get("evidence_sources", String[].class);
    var words = r.get("evidence_words", String[].class);
    var at = r.get("evidence_at_ms", Long[].class);
    var drivers = r.get("evidence_drivers", String[].class);
    var weights = r.get("evidence_weights", Double[].class);
    var evidence = new ArrayList<Evidence>();
    for (int i = 0; i < sources.length; i++) {
      evidence.add(
          new Evidence(
              Evidence.Source.valueOf(sources[i]),
              words[i],
              at[i] == null ? null : Duration.ofMillis(at[i]),
              drivers[i] == null ? null : VulnerabilityDriver.valueOf(drivers[i]),
              weights[i]));
    }
    var driverSet = Columns.enums(VulnerabilityDriver.class, r.get("drivers", String[].class));
    return new RecordedAssessment(
        r.get("recording_id", String.class),
        CaseId.of(r.get("case_id", String.class)),
        r.get("assessed_at", OffsetDateTime.class).toInstant(),
        new VulnerabilityAssessment(
            driverSet,
            r.get("confidence", Double.class),
            r.get("stress_score", Double.class),
            evidence),
        List.of(r.get("warnings", String[].class)),
        r.get("flagged", Boolean.class));
  }
}
