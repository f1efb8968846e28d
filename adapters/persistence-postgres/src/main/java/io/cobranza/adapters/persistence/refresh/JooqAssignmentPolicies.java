package io.cobranza.adapters.persistence.refresh;

import static io.cobranza.adapters.persistence.jooq.Tables.ASSIGNMENT_POLICIES;

import io.cobranza.adapters.documents.DocumentFormat;
import io.cobranza.adapters.documents.assignment.PolicyDocuments;
import io.cobranza.application.refresh.AssignmentPolicies;
import io.cobranza.domain.assignment.AssignmentPolicy;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;

/**
 * {@link AssignmentPolicies} in the append-only table assignment_policies: each version's
 * definition is its JSON document ({@link PolicyDocuments}), read back through its validation.
 */
public final class JooqAssignmentPolicies implements AssignmentPolicies {
  private final DSLContext dsl;

  public JooqAssignmentPolicies(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Optional<AssignmentPolicy> latest(String id) {
    return dsl.select(ASSIGNMENT_POLICIES.DEFINITION)
        .from(ASSIGNMENT_POLICIES)
        .where(ASSIGNMENT_POLICIES.ID.eq(id))
        .orderBy(ASSIGNMENT_POLICIES.VERSION.desc())
        .limit(1)
        .fetchOptional(ASSIGNMENT_POLICIES.DEFINITION)
        .map(d -> PolicyDocuments.read(d.data(), DocumentFormat.JSON).orElseThrow());
  }

  @Override
  public boolean addVersion(AssignmentPolicy policy) {
    return dsl.insertInto(ASSIGNMENT_POLICIES)
            .set(ASSIGNMENT_POLICIES.ID, policy.id())
            .set(ASSIGNMENT_POLICIES.VERSION, policy.version())
            .set(
                ASSIGNMENT_POLICIES.DEFINITION,
                JSONB.valueOf(PolicyDocuments.write(policy, DocumentFormat.JSON)))
            .onConflictDoNothing()
            .execute()
        == 1;
  }
}
