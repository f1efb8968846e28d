package io.cobranza.adapters.persistence.audit;

import static io.cobranza.adapters.persistence.jooq.Tables.AUDIT_TRAIL;
import static org.jooq.Records.mapping;

import io.cobranza.application.audit.AuditEntry;
import io.cobranza.application.audit.AuditTrail;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** {@link AuditTrail} in the append-only table audit_trail, indexed by subject and by actor. */
public final class JooqAuditTrail implements AuditTrail {
  private final DSLContext dsl;

  public JooqAuditTrail(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void record(AuditEntry entry) {
    dsl.insertInto(AUDIT_TRAIL)
        .set(AUDIT_TRAIL.ACTOR, entry.actor())
        .set(AUDIT_TRAIL.AT, entry.at())
        .set(AUDIT_TRAIL.ACTION, entry.action())
        .set(AUDIT_TRAIL.SUBJECT_TYPE, entry.subjectType())
        .set(AUDIT_TRAIL.SUBJECT_ID, entry.subjectId())
        .set(AUDIT_TRAIL.BEFORE, entry.before())
        .set(AUDIT_TRAIL.AFTER, entry.after())
        .execute();
  }

  @Override
  public List<AuditEntry> about(String subjectType, String subjectId) {
    return where(
        AUDIT_TRAIL.SUBJECT_TYPE.eq(subjectType).and(AUDIT_TRAIL.SUBJECT_ID.eq(subjectId)));
  }

  @Override
  public List<AuditEntry> by(String actor) {
    return where(AUDIT_TRAIL.ACTOR.eq(actor));
  }

  private List<AuditEntry> where(Condition condition) {
    return dsl.select(
            AUDIT_TRAIL.ACTOR,
            AUDIT_TRAIL.AT,
            AUDIT_TRAIL.ACTION,
            AUDIT_TRAIL.SUBJECT_TYPE,
            AUDIT_TRAIL.SUBJECT_ID,
            AUDIT_TRAIL.BEFORE,
            AUDIT_TRAIL.AFTER)
        .from(AUDIT_TRAIL)
        .where(condition)
        .orderBy(AUDIT_TRAIL.AT, AUDIT_TRAIL.ID)
        .fetch(mapping(AuditEntry::new));
  }
}
