package io.cobranza.domain.contact.policy;

import io.cobranza.domain.contact.ContactPolicy;
import io.cobranza.domain.contact.GateRequest;
import io.cobranza.domain.contact.PolicyVerdict;
import io.cobranza.domain.contact.RuleRef;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.ContactPointUse;
import java.util.Objects;

/** No e-mail to an address known to be provided by the debtor's employer. */
public final class WorkEmailPolicy implements ContactPolicy {
  private final RuleRef rule;

  /** The rule under the given name. */
  public WorkEmailPolicy(RuleRef rule) {
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  @Override
  public RuleRef rule() {
    return rule;
  }

  @Override
  public PolicyVerdict evaluate(GateRequest request) {
    var proposed = request.proposed();
    if (proposed.channel() != Channel.EMAIL) {
      return PolicyVerdict.pass();
    }
    return request
        .debtor()
        .contactPoint(proposed.address())
        .filter(point -> point.use() == ContactPointUse.WORK)
        .map(point -> PolicyVerdict.refuse(proposed.address() + " is a work e-mail address"))
        .orElseGet(PolicyVerdict::pass);
  }
}
