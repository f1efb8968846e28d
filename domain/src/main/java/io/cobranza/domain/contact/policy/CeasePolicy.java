package io.cobranza.domain.contact.policy;

import io.cobranza.domain.contact.ContactPolicy;
import io.cobranza.domain.contact.GateRequest;
import io.cobranza.domain.contact.PolicyVerdict;
import io.cobranza.domain.contact.RuleRef;
import java.util.Objects;

/**
 * Once the debtor's request to cease communication is received, only the notices permitted after it
 * ({@link io.cobranza.domain.contact.ContactPurpose#isPermittedAfterCease()}) may be sent; the
 * request takes effect on receipt.
 */
public final class CeasePolicy implements ContactPolicy {
  private final RuleRef rule;

  /** The rule under the given name. */
  public CeasePolicy(RuleRef rule) {
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  @Override
  public RuleRef rule() {
    return rule;
  }

  @Override
  public PolicyVerdict evaluate(GateRequest request) {
    var debtor = request.debtor();
    if (!debtor.hasRequestedCeaseBy(request.at())
        || request.proposed().purpose().isPermittedAfterCease()) {
      return PolicyVerdict.pass();
    }
    return PolicyVerdict.refuse(
        "the debtor asked us to cease communication (received "
            + debtor.ceaseRequestedAt()
            + "); only a termination or remedy notice may be sent, not "
            + request.proposed().purpose());
  }
}
