package io.cobranza.domain.contact.policy;

import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.collection.HoldKind;
import io.cobranza.domain.contact.ContactPolicy;
import io.cobranza.domain.contact.GateRequest;
import io.cobranza.domain.contact.Initiator;
import io.cobranza.domain.contact.PolicyVerdict;
import io.cobranza.domain.contact.ProposedEscalation;
import io.cobranza.domain.contact.RuleRef;
import io.cobranza.domain.debtor.Debtor;
import java.time.Instant;
import java.util.Objects;

/**
 * A debtor known or suspected to be vulnerable (flagged, or under an active vulnerability review)
 * is never escalated by the platform: only a person may decide an escalation.
 */
public final class VulnerableEscalationPolicy implements ContactPolicy {
  private final RuleRef rule;

  /** The rule under the given name. */
  public VulnerableEscalationPolicy(RuleRef rule) {
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  @Override
  public RuleRef rule() {
    return rule;
  }

  @Override
  public PolicyVerdict evaluate(GateRequest request) {
    return PolicyVerdict.pass();
  }

  @Override
  public PolicyVerdict evaluateEscalation(
      Debtor debtor, CollectionCase collectionCase, ProposedEscalation proposed, Instant at) {
    if (proposed.initiator() != Initiator.AUTOMATED) {
      return PolicyVerdict.pass();
    }
    if (debtor.vulnerable()) {
      return PolicyVerdict.refuse(
          "the debtor is flagged as vulnerable: a person must decide any escalation");
    }
    if (collectionCase.hasActiveHold(HoldKind.VULNERABILITY_REVIEW, at)) {
      return PolicyVerdict.refuse(
          "signs of vulnerability are under review: a person must decide any escalation");
    }
    return PolicyVerdict.pass();
  }
}
