package io.cobranza.application.treatment;

import io.cobranza.application.contact.ContactChannel;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.treatment.Command;

/**
 * Sends a contact the protocol engine decided on and the contact gate allowed (inbound port): once
 * per idempotency key, however often a retried activity asks.
 */
public interface SendContactUseCase {

  /**
   * Records the contact attempt (its id is the command's idempotency key) and hands the contact to
   * the channel; a key sent before is not sent again.
   */
  ContactChannel.SendResult send(CaseId caseId, DebtorId debtorId, Command.SendContact command);
}
