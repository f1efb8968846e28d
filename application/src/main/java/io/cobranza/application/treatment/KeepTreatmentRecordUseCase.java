package io.cobranza.application.treatment;

import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.treatment.Command;

/**
 * Keeps the record of a case's treatment in the system of record (inbound port): the treatment the
 * workflow holds, what the engine decided without acting on the world, and a manager's actions.
 * Every method is safe to call again with the same arguments.
 */
public interface KeepTreatmentRecordUseCase {

  /**
   * Stores the treatment the workflow holds (segment, protocol, step, holds, status) on the stored
   * case, keeping what others own (the accounts' balances, written by the payments ledger); creates
   * the case when it is not stored yet. Answers the stored case.
   */
  CollectionCase saveTreatment(CollectionCase treated);

  /**
   * Writes what the engine decided without acting on the world to the case's trail: a refusal or
   * deferral by the gate (with its rules), a step passed over, the end of a protocol. Any other
   * command is an {@link IllegalArgumentException} naming {@code command}.
   */
  void record(CaseId caseId, Command command);

  /**
   * Writes a manager's action on the case to the audit trail: who, when, what ({@code case.paused},
   * {@code case.reassigned}, ...), and the case's treatment before and after, in words.
   */
  void recordManagerAction(CaseId caseId, String by, String action, String before, String after);
}
