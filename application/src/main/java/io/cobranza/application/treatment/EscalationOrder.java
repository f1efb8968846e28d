package io.cobranza.application.treatment;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.contact.ProposedEscalation;
import io.cobranza.domain.debtor.DebtorId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An escalation the contact gate allowed, handed to whoever carries it out.
 *
 * @param idempotencyKey the key that makes ordering it twice order it once
 * @param caseId which case
 * @param debtorId whose
 * @param kind placement, legal action or credit reporting
 * @param accountIds the debts it is about
 * @param at when it was ordered
 */
public record EscalationOrder(
    String idempotencyKey,
    CaseId caseId,
    DebtorId debtorId,
    ProposedEscalation.Kind kind,
    List<AccountId> accountIds,
    Instant at) {
  public EscalationOrder {
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(debtorId, "debtorId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(at, "at");
    accountIds = List.copyOf(accountIds);
  }
}
