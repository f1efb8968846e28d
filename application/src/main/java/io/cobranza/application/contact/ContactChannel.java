package io.cobranza.application.contact;

/**
 * Sends contacts out (outbound port: the outbox to Kafka, or a channel provider). Sending the same
 * idempotency key twice sends once and answers {@link SendResult.AlreadySent}.
 */
public interface ContactChannel {
  /** Hands the contact over for delivery. */
  SendResult send(OutboundContact contact);

  /** What became of a send. */
  sealed interface SendResult {
    /** Accepted for delivery. */
    record Accepted(String idempotencyKey) implements SendResult {}

    /** This key was sent before; nothing was sent again. */
    record AlreadySent(String idempotencyKey) implements SendResult {}

    /** The provider refused it (bad address, unsupported channel). */
    record Rejected(String idempotencyKey, String reason) implements SendResult {}

    /**
     * Not sent: the gate's permission had expired before it could leave; ask the gate again.
     *
     * @param idempotencyKey the contact's key
     * @param expiredAt when the permission expired
     */
    record Expired(String idempotencyKey, java.time.Instant expiredAt) implements SendResult {}
  }
}
