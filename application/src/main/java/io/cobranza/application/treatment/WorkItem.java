package io.cobranza.application.treatment;

import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.protocol.WorkQueue;
import java.time.Instant;
import java.util.Objects;

/**
 * A case put in a people's queue.
 *
 * @param idempotencyKey the key that makes handing the same case off twice queue it once
 * @param caseId which case
 * @param debtorId whose
 * @param queue which queue
 * @param reason why, for the person who picks it up
 * @param at when it was handed off
 */
public record WorkItem(
    String idempotencyKey,
    CaseId caseId,
    DebtorId debtorId,
    WorkQueue queue,
    String reason,
    Instant at) {
  public WorkItem {
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(debtorId, "debtorId");
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
  }
}
