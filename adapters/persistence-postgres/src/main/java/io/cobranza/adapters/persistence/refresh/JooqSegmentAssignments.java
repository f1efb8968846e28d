package io.cobranza.adapters.persistence.refresh;

import static io.cobranza.adapters.persistence.jooq.Tables.CASES;
import static io.cobranza.adapters.persistence.jooq.Tables.SEGMENT_ASSIGNMENTS;

import io.cobranza.application.refresh.DebtorSegment;
import io.cobranza.application.refresh.SegmentAssignments;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.CaseStatus;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.segment.SegmentId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * {@link SegmentAssignments} in the table segment_assignments: a page of assignments is one
 * statement that compares each with the debtor's newest row and writes only the changed ones.
 */
public final class JooqSegmentAssignments implements SegmentAssignments {
  private final DSLContext dsl;

  public JooqSegmentAssignments(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public int recordChanged(List<DebtorSegment> assignments) {
    // One row per debtor: a statement may not upsert the same key twice.
    var byDebtor = new LinkedHashMap<DebtorId, DebtorSegment>();
    for (var a : assignments) {
      byDebtor.put(a.debtorId(), a);
    }
    if (byDebtor.isEmpty()) {
      return 0;
    }
    int n = byDebtor.size();
    var debtors = new String[n];
    var days = new String[n];
    var cases = new String[n];
    var segmentations = new String[n];
    var versions = new Integer[n];
    var rules = new Integer[n];
    var segments = new String[n];
    int i = 0;
    for (var a : byDebtor.values()) {
      debtors[i] = a.debtorId().value();
      days[i] = a.assignedOn().toString();
      cases[i] = a.caseId().value();
      segmentations[i] = a.segmentation();
      versions[i] = a.version();
      rules[i] = a.rule();
      segments[i] = a.segment().value();
      i++;
    }
    return dsl.execute(
        """
        INSERT INTO segment_assignments
          (debtor_id, assigned_on, case_id, segmentation_id, segmentation_version, rule, segment)
        SELECT n.d, n.o::date, n.c, n.s, n.v, n.r, n.g
        FROM unnest({0}, {1}, {2}, {3}, {4}, {5}, {6}) AS n(d, o, c, s, v, r, g)
        WHERE NOT EXISTS (
          SELECT 1 FROM (
            SELECT a.segmentation_id, a.segmentation_version, a.rule, a.segment, a.case_id
            FROM segment_assignments a
            WHERE a.debtor_id = n.d
            ORDER BY a.assigned_on DESC
            LIMIT 1) l
          WHERE l.segmentation_id = n.s AND l.segmentation_version = n.v
            AND l.rule = n.r AND l.segment = n.g AND l.case_id = n.c)
        ON CONFLICT (debtor_id, assigned_on) DO UPDATE SET
          case_id = excluded.case_id,
          segmentation_id = excluded.segmentation_id,
          segmentation_version = excluded.segmentation_version,
          rule = excluded.rule,
          segment = excluded.segment,
          recorded_at = now()
        """,
        DSL.val(debtors),
        DSL.val(days),
        DSL.val(cases),
        DSL.val(segmentations),
        DSL.val(versions),
        DSL.val(rules),
        DSL.val(segments));
  }

  @Override
  public Optional<DebtorSegment> latest(DebtorId debtorId) {
    var a = SEGMENT_ASSIGNMENTS;
    return dsl.selectFrom(a)
        .where(a.DEBTOR_ID.eq(debtorId.value()))
        .orderBy(a.ASSIGNED_ON.desc())
        .limit(1)
        .fetchOptional(r ->
            new DebtorSegment(
                DebtorId.of(r.getDebtorId()),
                CaseId.of(r.getCaseId()),
                r.getSegmentationId(),
                r.getSegmentationVersion(),
                r.getRule(),
                SegmentId.of(r.getSegment()),
                r.getAssignedOn()));
  }

  @Override
  public Map<SegmentId, Long> counts() {
    var a = SEGMENT_ASSIGNMENTS;
    var newest =
        dsl.select(a.SEGMENT, a.CASE_ID)
            .distinctOn(a.DEBTOR_ID)
            .from(a)
            .orderBy(a.DEBTOR_ID, a.ASSIGNED_ON.desc())
            .asTable("newest");
    var segment = newest.field(a.SEGMENT);
    var caseId = newest.field(a.CASE_ID);
    var counts = new TreeMap<SegmentId, Long>((x, y) -> x.value().compareTo(y.value()));
    dsl.select(segment, DSL.count())
        .from(newest)
        .join(CASES)
        .on(CASES.ID.eq(caseId))
        .where(CASES.STATUS.eq(CaseStatus.OPEN.name()))
        .groupBy(segment)
        .forEach(r -> counts.put(SegmentId.of(r.value1()), r.value2().longValue()));
    return counts;
  }
}
