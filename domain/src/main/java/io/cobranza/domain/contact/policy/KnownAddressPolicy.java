package io.cobranza.domain.contact.policy;

import io.cobranza.domain.contact.ContactPolicy;
import io.cobranza.domain.contact.GateRequest;
import io.cobranza.domain.contact.PolicyVerdict;
import io.cobranza.domain.contact.RuleRef;
import java.util.Objects;

/**
 * A contact goes only to a number or address known for the debtor and able to carry the channel:
 * opt-outs, work addresses and time zones are recorded on known contact points only.
 */
public final class KnownAddressPolicy implements ContactPolicy {
  private final RuleRef rule;

  /** The rule under the given name. */
  public KnownAddressPolicy(RuleRef rule) {
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  @Override
  public RuleRef rule() {
    return rule;
  }

  @Override
  public PolicyVerdict evaluate(GateRequest request) {
    var proposed = request.proposed();
    var point = request.debtor().contactPoint(proposed.address());
    if (point.isEmpty()) {
      return PolicyVerdict.refuse(
          proposed.address() + " is not a contact point of debtor " + request.debtor().id());
    }
    if (!point.get().kind().carries(proposed.channel())) {
      return PolicyVerdict.refuse(
          proposed.channel()
              + " cannot reach the "
              + point.get().kind()
              + " address "
              + proposed.address());
    }
    return PolicyVerdict.pass();
  }
}
