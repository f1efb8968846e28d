package io.cobranza.domain.contact.policy;

import io.cobranza.domain.account.AttorneyRepresentation;
import io.cobranza.domain.contact.ContactPolicy;
import io.cobranza.domain.contact.GateRequest;
import io.cobranza.domain.contact.PolicyVerdict;
import io.cobranza.domain.contact.Recipient;
import io.cobranza.domain.contact.RuleRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * While we know the debtor is represented by an attorney about a debt, communication about it goes
 * to the attorney: no contact with the debtor on any channel and for any purpose, and none with a
 * third party either (12 CFR 1006.10(b)(5) for location contacts). A contact with the attorney is
 * allowed only about debts they represent the debtor for, at the contact recorded for them.
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
    var elsewhere = new ArrayList<String>();
    var notRepresented = new ArrayList<String>();
    var address = request.proposed().address();
    for (var accountId : request.proposed().accountIds()) {
      var attorney =
          request
              .collectionCase()
              .account(accountId)
              .map(account -> account.attorney())
              .filter(a -> !a.since().isAfter(request.at()));
      if (attorney.isEmpty()) {
        notRepresented.add(accountId.toString());
        continue;
      }
      var described = describe(accountId.toString(), attorney.get());
      represented.add(described);
      if (!attorney.get().attorneyContact().equals(address)) {
        elsewhere.add(described);
      }
    }
    represented.sort(null);
    notRepresented.sort(null);
    elsewhere.sort(null);
    var recipient = request.proposed().recipient();
    if (recipient instanceof Recipient.TheirAttorney) {
      // Per debt: the attorney is theirs only for the debts they were retained for, and is
      // reached at the contact recorded for them.
      if (!notRepresented.isEmpty()) {
        return PolicyVerdict.refuse(
            "no attorney is known to represent the debtor for debt "
                + String.join(", ", notRepresented)
                + ": the attorney at "
                + address
                + " may be contacted only about the debts they represent the debtor for");
      }
      return elsewhere.isEmpty()
          ? PolicyVerdict.pass()
          : PolicyVerdict.refuse(
              "the attorney for debt "
                  + String.join(", ", elsewhere)
                  + " is reached at the contact recorded for them, not at "
                  + address);
    }
    if (represented.isEmpty()) {
      return PolicyVerdict.passUntil(representationStartingLater(request));
    }
    // 1006.10(b)(5): not even a location contact with a third party once the attorney is known.
    return PolicyVerdict.refuse(
        "the debtor is represented by an attorney for debt "
            + String.join(", ", represented)
            + ": "
            + (recipient instanceof Recipient.ThirdParty t
                ? "no location contact with " + t.party() + ", "
                : "")
            + "communicate with the attorney");
  }

  /**
   * The earliest start of a representation recorded for later on a debt of the contact: a
   * permission to contact the debtor given now ends there.
   */
  private static @Nullable Instant representationStartingLater(GateRequest request) {
    Instant earliest = null;
    for (var accountId : request.proposed().accountIds()) {
      var account = request.collectionCase().account(accountId);
      if (account.isEmpty() || account.get().attorney() == null) {
        continue;
      }
      var since = account.get().attorney().since();
      if (since.isAfter(request.at()) && (earliest == null || since.isBefore(earliest))) {
        earliest = since;
      }
    }
    return earliest;
  }

  private static String describe(String accountId, AttorneyRepresentation attorney) {
    return accountId + " by " + attorney.attorney() + " (" + attorney.attorneyContact() + ")";
  }
}
