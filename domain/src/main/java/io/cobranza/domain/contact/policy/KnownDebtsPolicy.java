package io.cobranza.domain.contact.policy;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.contact.ContactPolicy;
import io.cobranza.domain.contact.GateRequest;
import io.cobranza.domain.contact.PolicyVerdict;
import io.cobranza.domain.contact.ProposedEscalation;
import io.cobranza.domain.contact.RuleRef;
import io.cobranza.domain.debtor.Debtor;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A contact or escalation must be about debts of the case: rules per debt (attorney, dispute, call
 * caps) cannot be checked for a debt the gate does not know.
 */
public final class KnownDebtsPolicy implements ContactPolicy {
  private final RuleRef rule;

  /** The rule under the given name. */
  public KnownDebtsPolicy(RuleRef rule) {
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  @Override
  public RuleRef rule() {
    return rule;
  }

  @Override
  public PolicyVerdict evaluate(GateRequest request) {
    return check(request.collectionCase(), request.proposed().accountIds());
  }

  @Override
  public PolicyVerdict evaluateEscalation(
      Debtor debtor, CollectionCase collectionCase, ProposedEscalation proposed, Instant at) {
    return check(collectionCase, proposed.accountIds());
  }

  private static PolicyVerdict check(CollectionCase collectionCase, Set<AccountId> accountIds) {
    var known = collectionCase.accountIds();
    var unknown = accountIds.stream().filter(id -> !known.contains(id)).sorted().toList();
    if (unknown.isEmpty()) {
      return PolicyVerdict.pass();
    }
    return PolicyVerdict.refuse(
        "debts "
            + unknown
            + " are not in case "
            + collectionCase.id()
            + ", so no rule can clear them");
  }
}
