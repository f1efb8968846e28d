package io.cobranza.domain.contact.policy;

import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.contact.ContactPolicy;
import io.cobranza.domain.contact.GateRequest;
import io.cobranza.domain.contact.PolicyVerdict;
import io.cobranza.domain.contact.RuleRef;
import java.util.Objects;

/**
 * Once the debtor's request to cease communication or their written refusal to pay is received,
 * only the notices permitted after it ({@link
 * io.cobranza.domain.contact.ContactPurpose#isPermittedAfterCease()}) may be sent; the notice takes
 * effect on receipt. The notice is read from the debtor ({@code ceaseRequestedAt}) and from the
 * history ({@link io.cobranza.domain.contact.ContactAttempt#isCeaseNotice()}), so that a notice
 * recorded in the history but not yet applied to the debtor still stops contact.
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
    if (request.proposed().purpose().isPermittedAfterCease()) {
      return PolicyVerdict.pass();
    }
    var debtor = request.debtor();
    if (debtor.hasRequestedCeaseBy(request.at())) {
      return refuse(
          "the debtor asked us to cease communication (received " + debtor.ceaseRequestedAt() + ")",
          request);
    }
    for (var attempt : request.history().attempts()) {
      if (attempt.isCeaseNotice() && !attempt.at().isAfter(request.at())) {
        return refuse(
            (attempt.outcome() == ContactOutcome.REFUSAL
                    ? "the debtor refused to pay in writing ("
                    : "the debtor asked us to cease communication (")
                + attempt.channel()
                + ", received "
                + attempt.at()
                + ")",
            request);
      }
    }
    return PolicyVerdict.pass();
  }

  private static PolicyVerdict refuse(String why, GateRequest request) {
    return PolicyVerdict.refuse(
        why
            + "; only a termination or remedy notice may be sent, not "
            + request.proposed().purpose());
  }
}
