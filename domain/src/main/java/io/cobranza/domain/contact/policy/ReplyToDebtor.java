package io.cobranza.domain.contact.policy;

import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.Direction;
import io.cobranza.domain.contact.GateRequest;

/**
 * Recognises the one reply, in the same medium, to a contact the debtor started (12 CFR
 * 1006.14(h)(2)(ii); comment 6(b)(1)-2): a contact for {@link ContactPurpose#REPLY_TO_DEBTOR} on
 * the channel of the debtor's latest incoming contact, made by a person, within a short time of it,
 * when nothing has been sent on that channel since and that contact was not itself a request to
 * stop. Only the rules that name this exception let a reply through, each with its own bound.
 */
public final class ReplyToDebtor {
  private ReplyToDebtor() {}

  /**
   * The debtor's latest incoming contact on the proposed channel, if the request is a valid one-off
   * reply to it made within {@code within} of it.
   */
  public static java.util.Optional<ContactAttempt> repliedTo(
      GateRequest request, java.time.Duration within) {
    var proposed = request.proposed();
    if (proposed.purpose() != ContactPurpose.REPLY_TO_DEBTOR
        || proposed.initiator() != io.cobranza.domain.contact.Initiator.PERSON
        || !proposed.recipient().isTheDebtor()) {
      return java.util.Optional.empty();
    }
    // Only contacts with the debtor: a call from their attorney is not theirs to answer here.
    var withTheDebtor =
        request.history().attempts().stream().filter(a -> a.recipient().isTheDebtor()).toList();
    ContactAttempt lastInbound = null;
    for (var attempt : withTheDebtor) {
      if (attempt.channel() == proposed.channel()
          && attempt.direction() == Direction.INBOUND
          && !attempt.at().isAfter(request.at())) {
        lastInbound = attempt;
      }
    }
    if (lastInbound == null || lastInbound.at().plus(within).isBefore(request.at())) {
      return java.util.Optional.empty();
    }
    for (var attempt : withTheDebtor) {
      // A request to stop, at the debtor's latest contact on the channel, is nothing to answer.
      if (attempt.channel() == proposed.channel()
          && attempt.direction() == Direction.INBOUND
          && attempt.at().equals(lastInbound.at())
          && isStop(attempt)) {
        return java.util.Optional.empty();
      }
    }
    for (var attempt : withTheDebtor) {
      if (attempt.channel() == proposed.channel()
          && attempt.direction() == Direction.OUTBOUND
          && attempt.at().isAfter(lastInbound.at())
          && !attempt.at().isAfter(request.at())) {
        return java.util.Optional.empty();
      }
    }
    return java.util.Optional.of(lastInbound);
  }

  private static boolean isStop(ContactAttempt attempt) {
    return attempt.outcome() == io.cobranza.domain.contact.ContactOutcome.OPT_OUT
        || attempt.outcome() == io.cobranza.domain.contact.ContactOutcome.CEASE_REQUEST
        || (attempt.outcome() == io.cobranza.domain.contact.ContactOutcome.REFUSAL
            && attempt.channel().isWriting());
  }
}
