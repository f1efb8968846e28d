package io.cobranza.domain.contact.policy;

import io.cobranza.domain.contact.ContactPolicy;
import io.cobranza.domain.contact.Direction;
import io.cobranza.domain.contact.GateRequest;
import io.cobranza.domain.contact.PolicyVerdict;
import io.cobranza.domain.contact.RuleRef;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.ContactPointUse;
import java.util.Objects;

/**
 * No e-mail to an address known to be provided by the debtor's employer, unless {@code
 * whenTheDebtorWroteFromIt} and the debtor has e-mailed us from that very address (12 CFR
 * 1006.22(f)(3): "an email from that email address"), as far as the history given to the gate
 * reaches.
 */
public final class WorkEmailPolicy implements ContactPolicy {
  private final RuleRef rule;
  private final boolean whenTheDebtorWroteFromIt;

  /** The rule under the given name, with no exception. */
  public WorkEmailPolicy(RuleRef rule) {
    this(rule, false);
  }

  /**
   * The rule under the given name.
   *
   * @param whenTheDebtorWroteFromIt whether an address the debtor e-mailed us from may be used
   */
  public WorkEmailPolicy(RuleRef rule, boolean whenTheDebtorWroteFromIt) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.whenTheDebtorWroteFromIt = whenTheDebtorWroteFromIt;
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
    var work =
        request
            .debtor()
            .contactPoint(proposed.address())
            .filter(point -> point.use() == ContactPointUse.WORK);
    if (work.isEmpty()) {
      return PolicyVerdict.pass();
    }
    if (whenTheDebtorWroteFromIt && debtorWroteFrom(request, proposed.address())) {
      return PolicyVerdict.pass();
    }
    return PolicyVerdict.refuse(
        proposed.address()
            + " is a work e-mail address"
            + (whenTheDebtorWroteFromIt ? " the debtor has not e-mailed us from" : ""));
  }

  private static boolean debtorWroteFrom(GateRequest request, String address) {
    for (var attempt : request.history().attempts()) {
      if (attempt.direction() == Direction.INBOUND
          && attempt.channel() == Channel.EMAIL
          && attempt.address().equals(address)
          && !attempt.at().isAfter(request.at())) {
        return true;
      }
    }
    return false;
  }
}
