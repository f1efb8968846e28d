package io.cobranza.domain.contact.policy;

import io.cobranza.domain.contact.ContactPolicy;
import io.cobranza.domain.contact.Direction;
import io.cobranza.domain.contact.GateRequest;
import io.cobranza.domain.contact.PolicyVerdict;
import io.cobranza.domain.contact.Recipient;
import io.cobranza.domain.contact.RuleRef;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * Never objects, but warns when a proposed call would be one of {@code calls} or more placed to the
 * debtor within {@code span}: calls concentrated in a short time can be harassment even within a
 * frequency cap's presumption of compliance, so a person may want to look before it is made.
 */
public final class CallConcentrationPolicy implements ContactPolicy {
  private final RuleRef rule;
  private final int calls;
  private final Duration span;

  /**
   * A warning rule.
   *
   * @param rule the rule's name and provision
   * @param calls how many calls within the span, this one included, draw the warning
   * @param span the rolling span they are counted in
   */
  public CallConcentrationPolicy(RuleRef rule, int calls, Duration span) {
    this.rule = Objects.requireNonNull(rule, "rule");
    if (calls < 2) {
      throw new IllegalArgumentException(
          "calls: a concentration is at least 2 calls, was " + calls);
    }
    if (span.isNegative() || span.isZero()) {
      throw new IllegalArgumentException("span: must be positive, was " + span);
    }
    this.calls = calls;
    this.span = span;
  }

  @Override
  public RuleRef rule() {
    return rule;
  }

  /** Calls to the debtor only: those to their attorney or to third parties are not counted. */
  @Override
  public Set<Recipient.Kind> recipients() {
    return Recipient.ONLY_THE_DEBTOR;
  }

  @Override
  public PolicyVerdict evaluate(GateRequest request) {
    if (!request.proposed().channel().isTelephoneCall()) {
      return PolicyVerdict.pass();
    }
    var from = request.at().minus(span);
    int placed = 1;
    for (var attempt : WithTheDebtor.history(request).attempts()) {
      if (attempt.direction() == Direction.OUTBOUND
          && attempt.channel().isTelephoneCall()
          && attempt.at().isAfter(from)
          && !attempt.at().isAfter(request.at())) {
        placed++;
      }
    }
    if (placed < calls) {
      return PolicyVerdict.pass();
    }
    return PolicyVerdict.passWithWarning(
        "this would be call "
            + placed
            + " to the debtor within "
            + span.toHours()
            + " hours: calls in close succession can be harassment even within the frequency"
            + " limits");
  }
}
