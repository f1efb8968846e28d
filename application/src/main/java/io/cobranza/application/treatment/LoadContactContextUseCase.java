package io.cobranza.application.treatment;

import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.message.MessageRequest;

/**
 * Loads what the contact gate inside the protocol engine needs to judge a contact or an escalation
 * (inbound port): the debtor as known now, their contact history over the rules' window, and, for a
 * contact, the message it would send, rendered for the debtor and the case.
 */
public interface LoadContactContextUseCase {

  /**
   * The debtor and their contact history; an unknown debtor is a {@link
   * java.util.NoSuchElementException} naming {@code debtorId}.
   */
  ContactContext contactContext(DebtorId debtorId);

  /**
   * The debtor, their contact history and the facts of the message {@code message} names, rendered
   * for them and case {@code caseId} (null facts when it cannot be rendered); an unknown debtor or
   * case is a {@link java.util.NoSuchElementException} naming it.
   */
  ContactContext contactContext(DebtorId debtorId, CaseId caseId, MessageRequest message);
}
