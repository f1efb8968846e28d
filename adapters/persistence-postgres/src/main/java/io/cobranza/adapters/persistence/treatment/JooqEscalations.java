package io.cobranza.adapters.persistence.treatment;

import static io.cobranza.adapters.persistence.jooq.Tables.ESCALATION_ORDERS;

import io.cobranza.application.treatment.EscalationOrder;
import io.cobranza.application.treatment.Escalations;
import org.jooq.DSLContext;

/** {@link Escalations} in the append-only table escalation_orders, once per idempotency key. */
public final class JooqEscalations implements Escalations {
  private final DSLContext dsl;

  public JooqEscalations(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public boolean order(EscalationOrder order) {
    return dsl.insertInto(ESCALATION_ORDERS)
            .set(ESCALATION_ORDERS.IDEMPOTENCY_KEY, order.idempotencyKey())
            .set(ESCALATION_ORDERS.CASE_ID, order.caseId().value())
            .set(ESCALATION_ORDERS.DEBTOR_ID, order.debtorId().value())
            .set(ESCALATION_ORDERS.KIND, order.kind().name())
            .set(
                ESCALATION_ORDERS.ACCOUNT_IDS,
                order.accountIds().stream().map(a -> a.value()).toArray(String[]::new))
            .set(ESCALATION_ORDERS.AT, order.at())
            .onConflictDoNothing()
            .execute()
        == 1;
  }
}
