package io.cobranza.adapters.persistence.contact;

import static io.cobranza.adapters.persistence.jooq.Tables.CONTACT_OUTBOX;

import io.cobranza.application.contact.ContactChannel;
import io.cobranza.application.contact.OutboundContact;
import java.time.Clock;
import org.jooq.DSLContext;
import org.jooq.JSONEntry;
import org.jooq.impl.DSL;

/**
 * {@link ContactChannel} as a transactional outbox: a contact is sent by writing it to the
 * append-only table contact_outbox under its idempotency key, from where the channel integrations
 * (SMS, email, dialler, letters) deliver it. A key written before is not written again: {@code
 * AlreadySent}.
 */
public final class OutboxContactChannel implements ContactChannel {
  private final DSLContext dsl;
  private final Clock clock;

  public OutboxContactChannel(DSLContext dsl, Clock clock) {
    this.dsl = dsl;
    this.clock = clock;
  }

  @Override
  public SendResult send(OutboundContact contact) {
    var parameters =
        DSL.jsonbObject(
            contact.parameters().entrySet().stream()
                .<JSONEntry<?>>map(e -> DSL.jsonEntry(e.getKey(), DSL.val(e.getValue())))
                .toList());
    int written =
        dsl.insertInto(CONTACT_OUTBOX)
            .set(CONTACT_OUTBOX.IDEMPOTENCY_KEY, contact.idempotencyKey())
            .set(CONTACT_OUTBOX.DEBTOR_ID, contact.debtorId().value())
            .set(
                CONTACT_OUTBOX.ACCOUNT_IDS,
                contact.accountIds().stream().map(a -> a.value()).sorted().toArray(String[]::new))
            .set(CONTACT_OUTBOX.CHANNEL, contact.channel().name())
            .set(CONTACT_OUTBOX.ADDRESS, contact.address())
            .set(CONTACT_OUTBOX.TEMPLATE, contact.template())
            .set(CONTACT_OUTBOX.PARAMETERS, parameters)
            .set(CONTACT_OUTBOX.QUEUED_AT, clock.instant())
            .set(CONTACT_OUTBOX.EXPIRES_AT, contact.expiresAt())
            .onConflictDoNothing()
            .execute();
    return written == 1
        ? new SendResult.Accepted(contact.idempotencyKey())
        : new SendResult.AlreadySent(contact.idempotencyKey());
  }
}
