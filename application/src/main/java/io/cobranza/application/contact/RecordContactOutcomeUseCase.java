package io.cobranza.application.contact;

/**
 * Records a contact and its outcome, applies what the outcome means for the debtor (an opt-out, a
 * cease request, a dispute) and tells the case's workflow.
 */
public interface RecordContactOutcomeUseCase {
  /** What became of the record. */
  Result record(RecordContactOutcome command);

  /** The outcome of recording a contact. */
  sealed interface Result {
    /** Recorded (a new attempt, or the outcome of one sent before). */
    record Recorded(String attemptId) implements Result {}

    /** The same attempt with the same outcome was recorded before; nothing changed. */
    record AlreadyRecorded(String attemptId) implements Result {}

    /** Refused: names the field and the reason; nothing was written. */
    record Rejected(String field, String reason) implements Result {}
  }
}
