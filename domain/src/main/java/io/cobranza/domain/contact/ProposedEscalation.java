package io.cobranza.domain.contact;

import io.cobranza.domain.account.AccountId;
import java.util.Objects;
import java.util.Set;

/**
 * An escalation the platform wants to take (placement with an agency, legal action, credit
 * reporting), put to the contact gate first.
 *
 * @param kind what kind of escalation
 * @param accountIds the debts it concerns
 * @param initiator the platform or a person
 */
public record ProposedEscalation(Kind kind, Set<AccountId> accountIds, Initiator initiator) {

  /** The kinds of escalation. */
  public enum Kind {
    /** Passing the debt to a collection agency or a more intensive team. */
    PLACEMENT,
    /** Starting legal or enforcement action. */
    LEGAL_ACTION,
    /** Reporting the delinquency to a credit bureau. */
    CREDIT_REPORTING
  }

  public ProposedEscalation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(initiator, "initiator");
    accountIds = AccountId.sortedSet(accountIds);
    if (accountIds.isEmpty()) {
      throw new IllegalArgumentException("accountIds: an escalation concerns at least one debt");
    }
  }
}
