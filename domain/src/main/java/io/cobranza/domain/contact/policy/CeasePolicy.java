package io.cobranza.domain.contact.policy;

import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.contact.ContactPolicy;
import io.cobranza.domain.contact.GateRequest;
import io.cobranza.domain.contact.PolicyVerdict;
import io.cobranza.domain.contact.Recipient;
import io.cobranza.domain.contact.RuleRef;
import java.util.Objects;
import java.util.Set;

/**
 * Once the debtor's request to cease communication (or, where {@code writtenRefusalCeases}, their
 * refusal to pay made in writing) is received, only the notices permitted after it ({@link
 * io.cobranza.domain.contact.ContactPurpose#isPermittedAfterCease()}) may be sent; the notice takes
 * effect on receipt. The notice is read from the debtor ({@code ceaseRequestedAt}) and from the
 * history, so that a notice recorded in the history but not yet applied to the debtor still stops
 * contact.
 */
public final class CeasePolicy implements ContactPolicy {
  private final RuleRef rule;
  private final boolean writtenRefusalCeases;

  /**
   * The rule under the given name.
   *
   * @param writtenRefusalCeases whether a refusal to pay made in writing is a notice to cease, as
   *     FDCPA 805(c) and 12 CFR 1006.6(c)(1)(i) make it
   */
  public CeasePolicy(RuleRef rule, boolean writtenRefusalCeases) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.writtenRefusalCeases = writtenRefusalCeases;
  }

  /**
   * A request to cease in any medium (Cobranza honours one made on a call, although 805(c) speaks
   * of writing), or a refusal to pay made in writing where the rule says so. A refusal on a call is
   * not one.
   */
  @Override
  public boolean takesAsCeaseNotice(ContactAttempt attempt) {
    if (!attempt.recipient().isTheDebtor()) {
      return false;
    }
    return attempt.outcome() == ContactOutcome.CEASE_REQUEST
        || (writtenRefusalCeases
            && attempt.outcome() == ContactOutcome.REFUSAL
            && attempt.channel().isWriting());
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
    for (var attempt : WithTheDebtor.history(request).attempts()) {
      if (takesAsCeaseNotice(attempt) && !attempt.at().isAfter(request.at())) {
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

  /**
   * 1006.6(c) forbids further communication with the consumer (1006.6(a): not their attorney, who
   * must be dealt with instead, 1006.6(b)(2)); location contacts have their own limits (1006.10).
   */
  @Override
  public Set<Recipient.Kind> recipients() {
    return Recipient.ONLY_THE_DEBTOR;
  }

  private static PolicyVerdict refuse(String why, GateRequest request) {
    return PolicyVerdict.refuse(
        why
            + "; only a termination or remedy notice may be sent, not "
            + request.proposed().purpose());
  }
}
