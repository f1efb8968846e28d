package io.cobranza.application.treatment;

import io.cobranza.application.contact.ContactChannel;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.protocol.ActionOption;
import io.cobranza.domain.treatment.Command;

/**
 * What a case's workflow asks of the platform to carry out the protocol engine's commands (inbound
 * port; the workflow's activities are thin calls into it). Every method is safe to call again with
 * the same arguments: a retried activity does its work once.
 */
public interface TreatCaseUseCase {

  /** The debtor and their contact history, for the contact gate inside the engine. */
  ContactContext contactContext(DebtorId debtorId);

  /**
   * Records the contact attempt (its id is the command's idempotency key) and hands the contact to
   * the channel; a key sent before is not sent again.
   */
  ContactChannel.SendResult send(CaseId caseId, DebtorId debtorId, Command.SendContact command);

  /**
   * Writes what the engine decided without acting on the world to the case's trail: a refusal or
   * deferral by the gate (with its rules), a step passed over, the end of a protocol.
   */
  void record(CaseId caseId, Command command);

  /**
   * Stores the treatment the workflow holds (segment, protocol, step, holds, status) on the stored
   * case, keeping what others own (the accounts' balances, written by the payments ledger); creates
   * the case when it is not stored yet. Answers the stored case.
   */
  CollectionCase saveTreatment(CollectionCase treated);

  /** Puts the case in a people's queue, once per key. */
  void handOff(CaseId caseId, DebtorId debtorId, Command.HandOff command);

  /** Orders an escalation the gate allowed, once per key. */
  void escalate(CaseId caseId, DebtorId debtorId, Command.Escalate command);

  /**
   * Reminds the debtor of an instalment of an agreed plan, on the first of the reminder's channels
   * that the debtor has an address for and the contact gate allows now; once per instalment. A
   * refusal is written to the case's trail.
   */
  InstalmentReminder.Result remind(InstalmentReminder reminder);

  /** The option the recommender chooses among the step's. */
  ActionOption recommend(CaseId caseId, DebtorId debtorId, Command.AskRecommender command);

  /**
   * Writes a manager's action on the case to the audit trail: who, when, what ({@code case.paused},
   * {@code case.reassigned}, ...), and the case's treatment before and after, in words.
   */
  void recordManagerAction(CaseId caseId, String by, String action, String before, String after);
}
