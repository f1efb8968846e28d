package io.cobranza.domain.contact.policy;

import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.contact.ContactPolicy;
import io.cobranza.domain.contact.Direction;
import io.cobranza.domain.contact.GateRequest;
import io.cobranza.domain.contact.PolicyVerdict;
import io.cobranza.domain.contact.Recipient;
import io.cobranza.domain.contact.RuleRef;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A third party asked where the debtor lives or works is communicated with once (12 CFR
 * 1006.10(c)): not again unless they asked for it (they got in touch since), or unless the
 * collector reasonably believes their earlier answer was wrong or incomplete and that they now have
 * correct or complete information. That belief is a person's judgment, which the gate cannot check:
 * a person records it as a {@link io.cobranza.domain.contact.RuleOverride} of this rule, with the
 * reason, and so this rule is rebuttable.
 *
 * <p>An attempt that did not reach the party (unanswered, busy, not in service, bounced) is not a
 * communication with them; a message left or sent is one, and so is an attempt whose outcome is not
 * known yet.
 */
public final class LocationContactPolicy implements ContactPolicy {
  private static final Set<ContactOutcome> NOT_A_COMMUNICATION =
      EnumSet.of(ContactOutcome.NO_ANSWER, ContactOutcome.NOT_CONNECTED, ContactOutcome.BOUNCED);

  private final RuleRef rule;

  /** The rule under the given name. */
  public LocationContactPolicy(RuleRef rule) {
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  @Override
  public Set<Recipient.Kind> recipients() {
    return Set.of(Recipient.Kind.THIRD_PARTY);
  }

  @Override
  public RuleRef rule() {
    return rule;
  }

  @Override
  public boolean isRebuttable() {
    return true;
  }

  @Override
  public PolicyVerdict evaluate(GateRequest request) {
    var party = request.proposed().recipient();
    ContactAttempt communicated = null;
    ContactAttempt theirs = null;
    for (var attempt : request.history().attempts()) {
      if (!attempt.recipient().equals(party) || attempt.at().isAfter(request.at())) {
        continue;
      }
      if (attempt.direction() == Direction.INBOUND) {
        theirs = attempt;
      } else if (!NOT_A_COMMUNICATION.contains(attempt.outcome())) {
        communicated = attempt;
      }
    }
    if (communicated == null || (theirs != null && theirs.at().isAfter(communicated.at()))) {
      return PolicyVerdict.pass();
    }
    return PolicyVerdict.refuse(
        "we communicated with "
            + ((Recipient.ThirdParty) party).party()
            + " about the debtor's location at "
            + communicated.at()
            + " ("
            + communicated.outcome()
            + "): not again unless they ask, or unless a person records (an override of this"
            + " rule) that their answer is believed wrong or incomplete and that they now have"
            + " correct or complete information");
  }
}
