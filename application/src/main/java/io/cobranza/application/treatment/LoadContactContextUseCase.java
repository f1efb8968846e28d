package io.cobranza.application.treatment;

import io.cobranza.domain.debtor.DebtorId;

/**
 * Loads what the contact gate inside the protocol engine needs to judge a contact or an escalation
 * (inbound port): the debtor as known now and their contact history over the rules' window.
 */
public interface LoadContactContextUseCase {

  /**
   * The debtor and their contact history; an unknown debtor is a {@link
   * java.util.NoSuchElementException} naming {@code debtorId}.
   */
  ContactContext contactContext(DebtorId debtorId);
}
