package io.cobranza.domain.contact.policy;

import io.cobranza.domain.contact.ContactPolicy;
import io.cobranza.domain.contact.GateRequest;
import io.cobranza.domain.contact.PolicyVerdict;
import io.cobranza.domain.contact.Recipient;
import io.cobranza.domain.contact.RuleRef;
import io.cobranza.domain.debtor.ContactPointUse;
import java.util.Objects;
import java.util.Set;

/**
 * No contact through a work number or address (phone, e-mail, post) when we know the debtor's
 * employer prohibits them from receiving it.
 */
public final class WorkplacePolicy implements ContactPolicy {
  private final RuleRef rule;

  /** The rule under the given name. */
  public WorkplacePolicy(RuleRef rule) {
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  @Override
  public RuleRef rule() {
    return rule;
  }

  @Override
  public PolicyVerdict evaluate(GateRequest request) {
    var debtor = request.debtor();
    if (!debtor.employerProhibitsContactAtWork()) {
      return PolicyVerdict.pass();
    }
    var address = request.proposed().address();
    return debtor
        .contactPoint(address)
        .filter(point -> point.use() == ContactPointUse.WORK)
        .map(point ->
            PolicyVerdict.refuse(
                address + " is at the debtor's workplace and the employer prohibits contact there"))
        .orElseGet(PolicyVerdict::pass);
  }

  /** The debtor's place of employment concerns contacts with the debtor (1006.6(b)(3)). */
  @Override
  public Set<Recipient.Kind> recipients() {
    return Recipient.ONLY_THE_DEBTOR;
  }
}
