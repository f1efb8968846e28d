package io.cobranza.application.payment;

import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.money.Money;

/** Records a payment, updates the balance, and tells the case's workflow. */
public interface RecordPaymentUseCase {
  /** What became of the payment. */
  Result record(RecordPayment command);

  /** The outcome of recording a payment. */
  sealed interface Result {
    /**
     * Recorded.
     *
     * @param remaining what the case still owes
     * @param settled whether that is nothing
     */
    record Recorded(CaseId caseId, Money remaining, boolean settled) implements Result {}

    /** This payment id was recorded before; nothing changed. */
    record AlreadyRecorded(String paymentId) implements Result {}

    /** Refused: names the field and the reason; nothing was written. */
    record Rejected(String field, String reason) implements Result {}
  }
}
