package io.cobranza.application.payment;

import io.cobranza.domain.collection.CaseId;

/** Records a promise to pay and tells the case's workflow, which waits for it. */
public interface RecordPromiseToPayUseCase {
  /** What became of the promise. */
  Result record(RecordPromiseToPay command);

  /** The outcome of recording a promise. */
  sealed interface Result {
    /** Recorded; the case's workflow watches it. */
    record Recorded(CaseId caseId) implements Result {}

    /** This promise id was recorded before; nothing changed. */
    record AlreadyRecorded(String promiseId) implements Result {}

    /** Refused: names the field and the reason; nothing was written. */
    record Rejected(String field, String reason) implements Result {}
  }
}
