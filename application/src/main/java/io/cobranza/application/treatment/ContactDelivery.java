package io.cobranza.application.treatment;

import io.cobranza.application.contact.ContactAttempts;
import io.cobranza.application.contact.ContactChannel;
import io.cobranza.application.contact.OutboundContact;
import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.contact.Direction;
import io.cobranza.domain.contact.Recipient;
import java.time.Clock;
import java.util.Objects;

/**
 * Records a contact attempt under its key, then hands the contact to the channel. The attempt is on
 * the record before it leaves, so that a crash between the two can only over-count a contact
 * against the caps, never under-count one; a contact the channel rejects is recorded as bounced. A
 * contact whose permission has expired (a retry long after the gate decided, a call allowed at
 * 20:59) is neither recorded nor sent: the caller asks the gate again.
 */
final class ContactDelivery {
  private final ContactAttempts attempts;
  private final ContactChannel channel;
  private final Clock clock;

  ContactDelivery(ContactAttempts attempts, ContactChannel channel, Clock clock) {
    this.attempts = Objects.requireNonNull(attempts, "attempts");
    this.channel = Objects.requireNonNull(channel, "channel");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  ContactChannel.SendResult deliver(OutboundContact contact) {
    var key = contact.idempotencyKey();
    var expiresAt = contact.expiresAt();
    var now = clock.instant();
    if (expiresAt != null && !now.isBefore(expiresAt) && attempts.find(key).isEmpty()) {
      return new ContactChannel.SendResult.Expired(key, expiresAt);
    }
    if (attempts.find(key).isEmpty()) {
      attempts.record(
          new ContactAttempt(
              key,
              contact.debtorId(),
              contact.accountIds(),
              contact.channel(),
              Direction.OUTBOUND,
              contact.address(),
              now,
              ContactOutcome.SENT,
              false,
              Recipient.theDebtor()));
    }
    var result = channel.send(contact);
    if (result instanceof ContactChannel.SendResult.Rejected) {
      attempts.find(key).ifPresent(a -> attempts.record(a.withOutcome(ContactOutcome.BOUNCED)));
    }
    return result;
  }
}
