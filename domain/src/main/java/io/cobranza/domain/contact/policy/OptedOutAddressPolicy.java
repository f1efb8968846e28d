package io.cobranza.domain.contact.policy;

import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.contact.ContactPolicy;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.Direction;
import io.cobranza.domain.contact.GateRequest;
import io.cobranza.domain.contact.PolicyVerdict;
import io.cobranza.domain.contact.Recipient;
import io.cobranza.domain.contact.RuleRef;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A number or address the debtor opted out of is never used again, on any channel or purpose, but
 * for one message confirming the opt-out when {@code confirmationWithin} is set: on the medium the
 * request came by, within that time of it, when nothing was sent to the address since.
 */
public final class OptedOutAddressPolicy implements ContactPolicy {
  private final RuleRef rule;
  private final @Nullable Duration confirmationWithin;

  /** The rule under the given name, with no confirmation allowed. */
  public OptedOutAddressPolicy(RuleRef rule) {
    this(rule, null);
  }

  /**
   * The rule under the given name.
   *
   * @param confirmationWithin how soon after the opt-out its one confirmation may be sent, or null
   *     for none
   */
  public OptedOutAddressPolicy(RuleRef rule, @Nullable Duration confirmationWithin) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.confirmationWithin = confirmationWithin;
  }

  @Override
  public RuleRef rule() {
    return rule;
  }

  @Override
  public PolicyVerdict evaluate(GateRequest request) {
    var address = request.proposed().address();
    var point = request.debtor().contactPoint(address);
    if (point.isEmpty() || !point.get().isOptedOutAt(request.at())) {
      return PolicyVerdict.pass();
    }
    var optedOutAt = Objects.requireNonNull(point.get().optedOutAt());
    if (isConfirmation(request, optedOutAt)) {
      return PolicyVerdict.passUntil(
          optedOutAt.plus(Objects.requireNonNull(confirmationWithin)).plusNanos(1));
    }
    return PolicyVerdict.refuse("the debtor opted out of " + address + " at " + optedOutAt);
  }

  /**
   * The one confirmation: on the channel of the debtor's request, within the window, and nothing
   * sent to the address since the request.
   */
  private boolean isConfirmation(GateRequest request, Instant optedOutAt) {
    var proposed = request.proposed();
    if (confirmationWithin == null
        || proposed.purpose() != ContactPurpose.OPT_OUT_CONFIRMATION
        || request.at().isAfter(optedOutAt.plus(confirmationWithin))) {
      return false;
    }
    boolean requestedThere = false;
    for (var attempt : request.history().attempts()) {
      if (!attempt.address().equals(proposed.address())) {
        continue;
      }
      if (attempt.direction() == Direction.INBOUND
          && attempt.outcome() == ContactOutcome.OPT_OUT
          && attempt.channel() == proposed.channel()
          && attempt.at().equals(optedOutAt)) {
        requestedThere = true;
      }
      if (attempt.direction() == Direction.OUTBOUND
          && !attempt.at().isBefore(optedOutAt)
          && !attempt.at().isAfter(request.at())) {
        return false;
      }
    }
    return requestedThere;
  }

  /** The debtor's own opt-outs concern the debtor's own addresses. */
  @Override
  public Set<Recipient.Kind> recipients() {
    return Recipient.ONLY_THE_DEBTOR;
  }
}
