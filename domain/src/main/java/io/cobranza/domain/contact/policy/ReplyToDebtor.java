package io.cobranza.domain.contact.policy;

import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.Direction;
import io.cobranza.domain.contact.GateRequest;

/**
 * Recognises the one reply, in the same medium, to a contact the debtor started (12 CFR
 * 1006.14(h)(2)(ii); comment 6(b)(1)-2): a contact for {@link ContactPurpose#REPLY_TO_DEBTOR} on
 * the channel of the debtor's latest incoming contact, when nothing has been sent on that channel
 * since. Only the rules that name this exception let a reply through.
 */
public final class ReplyToDebtor {
  private ReplyToDebtor() {}

  /** Whether the request is a valid one-off reply to the debtor's latest contact on its channel. */
  public static boolean isValidReply(GateRequest request) {
    var proposed = request.proposed();
    if (proposed.purpose() != ContactPurpose.REPLY_TO_DEBTOR) {
      return false;
    }
    ContactAttempt lastInbound = null;
    for (var attempt : request.history().attempts()) {
      if (attempt.channel() == proposed.channel()
          && attempt.direction() == Direction.INBOUND
          && !attempt.at().isAfter(request.at())) {
        lastInbound = attempt;
      }
    }
    if (lastInbound == null) {
      return false;
    }
    for (var attempt : request.history().attempts()) {
      if (attempt.channel() == proposed.channel()
          && attempt.direction() == Direction.OUTBOUND
          && attempt.at().isAfter(lastInbound.at())
          && !attempt.at().isAfter(request.at())) {
        return false;
      }
    }
    return true;
  }
}
