package io.cobranza.application.treatment;

import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.treatment.Command;

/**
 * Hands a case to someone other than the protocol (inbound port): to a people's work queue (agents,
 * specialists), or out to an escalation the contact gate allowed (an agency, legal). Each once per
 * idempotency key.
 */
public interface HandOffCaseUseCase {

  /** Puts the case in a people's queue, once per key. */
  void handOff(CaseId caseId, DebtorId debtorId, Command.HandOff command);

  /** Orders an escalation the gate allowed, once per key. */
  void escalate(CaseId caseId, DebtorId debtorId, Command.Escalate command);
}
