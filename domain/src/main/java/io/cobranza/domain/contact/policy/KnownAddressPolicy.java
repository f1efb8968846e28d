package io.cobranza.domain.contact.policy;

import io.cobranza.domain.contact.ContactPolicy;
import io.cobranza.domain.contact.GateRequest;
import io.cobranza.domain.contact.PolicyVerdict;
import io.cobranza.domain.contact.Recipient;
import io.cobranza.domain.contact.RuleRef;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A contact goes only to the recipient's own number or address. For the debtor: one of their
 * contact points, not found to be someone else's, and able to carry the channel (opt-outs, work
 * addresses and time zones are recorded on known contact points only). For their attorney: the
 * attorney's contact recorded on a debt of the contact, not a contact point of the debtor. For a
 * third party: not a number or address of the debtor's, which would reach the debtor instead.
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
    return switch (request.proposed().recipient()) {
      case Recipient.TheDebtor d -> debtorsOwn(request);
      case Recipient.TheirAttorney a -> attorneys(request);
      case Recipient.ThirdParty t -> notTheDebtors(request, t.party());
    };
  }

  private static PolicyVerdict debtorsOwn(GateRequest request) {
    var proposed = request.proposed();
    var point = request.debtor().contactPoint(proposed.address());
    if (point.isEmpty()) {
      return PolicyVerdict.refuse(
          proposed.address() + " is not a contact point of debtor " + request.debtor().id());
    }
    if (point.get().isNotTheDebtorsAt(request.at())) {
      // Whoever has it now is a third party: a collection contact there would tell them about the
      // debt (12 CFR 1006.6(d)(1)), and it would not reach the debtor.
      return PolicyVerdict.refuse(
          proposed.address()
              + " was found not to be the debtor's at "
              + point.get().notTheDebtorsSince());
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

  private static PolicyVerdict attorneys(GateRequest request) {
    var address = request.proposed().address();
    var known = new TreeSet<String>();
    for (var accountId : request.proposed().accountIds()) {
      request
          .collectionCase()
          .account(accountId)
          .map(account -> account.attorney())
          .ifPresent(attorney -> known.add(attorney.attorneyContact()));
    }
    if (known.contains(address)) {
      return PolicyVerdict.pass();
    }
    return PolicyVerdict.refuse(
        address
            + " is not the contact of an attorney recorded on the debts "
            + request.proposed().accountIds()
            + (known.isEmpty() ? " (none is recorded)" : " (recorded: " + known + ")"));
  }

  private static PolicyVerdict notTheDebtors(GateRequest request, String party) {
    var address = request.proposed().address();
    return request
        .debtor()
        .contactPoint(address)
        .filter(point -> !point.isNotTheDebtorsAt(request.at()))
        .map(point ->
            PolicyVerdict.refuse(
                address
                    + " is the debtor's own contact point: a contact there would reach the debtor,"
                    + " not "
                    + party))
        .orElseGet(PolicyVerdict::pass);
  }
}
