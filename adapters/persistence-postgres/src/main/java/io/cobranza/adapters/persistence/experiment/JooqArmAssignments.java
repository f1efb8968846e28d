package io.cobranza.adapters.persistence.experiment;

import static io.cobranza.adapters.persistence.jooq.Tables.ARM_ASSIGNMENTS;

import io.cobranza.application.experiment.ArmAssignment;
import io.cobranza.application.experiment.ArmAssignments;
import io.cobranza.domain.assignment.ArmRole;
import io.cobranza.domain.assignment.Assignment;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.segment.SegmentId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * {@link ArmAssignments} in the table arm_assignments: a page is one statement that compares each
 * assignment with the debtor's newest under the same policy and writes only the changed ones.
 */
public final class JooqArmAssignments implements ArmAssignments {
  private final DSLContext dsl;

  public JooqArmAssignments(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public int recordChanged(List<ArmAssignment> assignments) {
    var unique = new LinkedHashMap<String, ArmAssignment>();
    for (var a : assignments) {
      unique.put(a.assignment().debtorId().value() + "|" + a.assignment().policyId(), a);
    }
    if (unique.isEmpty()) {
      return 0;
    }
    int n = unique.size();
    var debtors = new String[n];
    var policies = new String[n];
    var days = new String[n];
    var versions = new Integer[n];
    var cases = new String[n];
    var segments = new String[n];
    var byDefault = new Boolean[n];
    var arms = new String[n];
    var roles = new String[n];
    var protocols = new String[n];
    var protocolVersions = new Integer[n];
    var buckets = new Integer[n];
    int i = 0;
    for (var row : unique.values()) {
      var a = row.assignment();
      debtors[i] = a.debtorId().value();
      policies[i] = a.policyId();
      days[i] = row.assignedOn().toString();
      versions[i] = a.policyVersion();
      cases[i] = row.caseId().value();
      segments[i] = a.segment() == null ? null : a.segment().value();
      byDefault[i] = a.byDefaultRule();
      arms[i] = a.arm();
      roles[i] = a.role().name();
      protocols[i] = a.protocolId();
      protocolVersions[i] = a.protocolVersion();
      buckets[i] = a.bucket();
      i++;
    }
    return dsl.execute(
        """
        INSERT INTO arm_assignments
          (debtor_id, policy_id, assigned_on, policy_version, case_id, segment, by_default_rule,
           arm, role, protocol_id, protocol_version, bucket)
        SELECT n.d, n.p, n.o::date, n.v, n.c, n.s, n.b, n.a, n.r, n.pi, n.pv, n.k
        FROM unnest({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {9}, {10}, {11})
          AS n(d, p, o, v, c, s, b, a, r, pi, pv, k)
        WHERE NOT EXISTS (
          SELECT 1 FROM (
            SELECT x.policy_version, x.arm, x.role, x.protocol_id, x.protocol_version, x.case_id
            FROM arm_assignments x
            WHERE x.debtor_id = n.d AND x.policy_id = n.p
            ORDER BY x.assigned_on DESC
            LIMIT 1) l
          WHERE l.policy_version = n.v AND l.arm = n.a AND l.role = n.r
            AND l.protocol_id = n.pi AND l.protocol_version = n.pv AND l.case_id = n.c)
        ON CONFLICT (debtor_id, policy_id, assigned_on) DO UPDATE SET
          policy_version = excluded.policy_version,
          case_id = excluded.case_id,
          segment = excluded.segment,
          by_default_rule = excluded.by_default_rule,
          arm = excluded.arm,
          role = excluded.role,
          protocol_id = excluded.protocol_id,
          protocol_version = excluded.protocol_version,
          bucket = excluded.bucket,
          recorded_at = now()
        """,
        DSL.val(debtors),
        DSL.val(policies),
        DSL.val(days),
        DSL.val(versions),
        DSL.val(cases),
        DSL.val(segments),
        DSL.val(byDefault),
        DSL.val(arms),
        DSL.val(roles),
        DSL.val(protocols),
        DSL.val(protocolVersions),
        DSL.val(buckets));
  }

  @Override
  public Optional<ArmAssignment> latest(DebtorId debtorId, String policyId) {
    var t = ARM_ASSIGNMENTS;
    return dsl.selectFrom(t)
        .where(t.DEBTOR_ID.eq(debtorId.value()))
        .and(t.POLICY_ID.eq(policyId))
        .orderBy(t.ASSIGNED_ON.desc())
        .limit(1)
        .fetchOptional(r ->
            new ArmAssignment(
                new Assignment(
                    DebtorId.of(r.getDebtorId()),
                    r.getSegment() == null ? null : SegmentId.of(r.getSegment()),
                    r.getByDefaultRule(),
                    r.getArm(),
                    ArmRole.valueOf(r.getRole()),
                    r.getProtocolId(),
                    r.getProtocolVersion(),
                    r.getPolicyId(),
                    r.getPolicyVersion(),
                    r.getBucket()),
                CaseId.of(r.getCaseId()),
                r.getAssignedOn()));
  }
}
