package io.cobranza.domain.contact.policy;

import io.cobranza.domain.contact.ContactPolicy;
import io.cobranza.domain.contact.GateRequest;
import io.cobranza.domain.contact.PolicyVerdict;
import io.cobranza.domain.contact.RuleRef;
import java.util.ArrayList;
import java.util.Objects;

/**
 * No communication with the debtor, on any channel and for any purpose, about a debt for which we
 * know they are represented by an attorney: communicate with the attorney instead.
 */
public final class AttorneyRepresentationPolicy implements ContactPolicy {
  private final RuleRef rule;

  /** The rule under the given name. */
  public AttorneyRepresentationPolicy(RuleRef rule) {
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  @Override
  public RuleRef rule() {
    return rule;
  }

  @Override
  public PolicyVerdict evaluate(GateRequest request) {
    var represented = new ArrayList<String>();
    for (var accountId : request.proposed().accountIds()) {
      request
          .collectionCase()
          .account(accountId)
          .map(account -> account.attorney())
          .filter(attorney -> !attorney.since().isAfter(request.at()))
          .ifPresent(attorney ->
              represented.add(
                  accountId
                      + " by "
                      + attorney.attorney()
                      + " ("
                      + attorney.attorneyContact()
                      + ")"));
    }
    if (represented.isEmpty()) {
      return PolicyVerdict.pass();
    }
    represented.sort(null);
    return PolicyVerdict.refuse(
        "the debtor is represented by an attorney for debt "
            + String.join(", ", represented)
            + ": communicate with the attorney");
  }
}
