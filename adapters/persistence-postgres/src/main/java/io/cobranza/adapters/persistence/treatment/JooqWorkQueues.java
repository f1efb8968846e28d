package io.cobranza.adapters.persistence.treatment;

import static io.cobranza.adapters.persistence.jooq.Tables.WORK_ITEMS;

import io.cobranza.application.treatment.WorkItem;
import io.cobranza.application.treatment.WorkQueues;
import org.jooq.DSLContext;

/** {@link WorkQueues} in the append-only table work_items, once per idempotency key. */
public final class JooqWorkQueues implements WorkQueues {
  private final DSLContext dsl;

  public JooqWorkQueues(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public boolean enqueue(WorkItem item) {
    return dsl.insertInto(WORK_ITEMS)
            .set(WORK_ITEMS.IDEMPOTENCY_KEY, item.idempotencyKey())
            .set(WORK_ITEMS.CASE_ID, item.caseId().value())
            .set(WORK_ITEMS.DEBTOR_ID, item.debtorId().value())
            .set(WORK_ITEMS.QUEUE, item.queue().name())
            .set(WORK_ITEMS.REASON, item.reason())
            .set(WORK_ITEMS.AT, item.at())
            .onConflictDoNothing()
            .execute()
        == 1;
  }
}
