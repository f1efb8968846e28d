package io.cobranza.domain.contact.policy;

import io.cobranza.domain.contact.ContactPolicy;
import io.cobranza.domain.contact.GateRequest;
import io.cobranza.domain.contact.PolicyVerdict;
import io.cobranza.domain.contact.RuleRef;
import java.util.Objects;

/** A number or address the debtor opted out of is never used again, on any channel or purpose. */
public final class OptedOutAddressPolicy implements ContactPolicy {
  private final RuleRef rule;

  /** The rule under the given name. */
  public OptedOutAddressPolicy(RuleRef rule) {
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  @Override
  public RuleRef rule() {
    return rule;
  }

  @Override
  public PolicyVerdict evaluate(GateRequest request) {
    var address = request.proposed().address();
    return request
        .debtor()
        .contactPoint(address)
        .filter(point -> point.isOptedOutAt(request.at()))
        .map(point ->
            PolicyVerdict.refuse(
                "the debtor opted out of " + address + " at " + point.optedOutAt()))
        .orElseGet(PolicyVerdict::pass);
  }
}
