package io.cobranza.domain.account;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The debtor disputes all or part of a debt.
 *
 * @param receivedAt when the dispute was received
 * @param written whether it was made in writing (which triggers the verification duty)
 * @param verificationSentAt when verification of the debt was sent, or null
 * @param resolvedAt when the dispute was closed, or null while open
 * @param disputedPart what part of the debt is disputed (an amount, an item, a charge), or null
 *     when the whole debt is
 */
public record Dispute(
    Instant receivedAt,
    boolean written,
    @Nullable Instant verificationSentAt,
    @Nullable Instant resolvedAt,
    @Nullable String disputedPart) {

  public Dispute {
    Objects.requireNonNull(receivedAt, "receivedAt");
    if (disputedPart != null && disputedPart.isBlank()) {
      throw new IllegalArgumentException(
          "disputedPart: name the part disputed, or leave it out when the whole debt is");
    }
  }

  /** A dispute of the whole debt. */
  public Dispute(
      Instant receivedAt,
      boolean written,
      @Nullable Instant verificationSentAt,
      @Nullable Instant resolvedAt) {
    this(receivedAt, written, verificationSentAt, resolvedAt, null);
  }

  /** A dispute of the whole debt received at {@code at}. */
  public static Dispute received(Instant at, boolean written) {
    return new Dispute(at, written, null, null, null);
  }

  /** This dispute, about only {@code part} of the debt (an amount, an item, a charge). */
  public Dispute ofPart(String part) {
    return new Dispute(receivedAt, written, verificationSentAt, resolvedAt, part);
  }

  /** Whether only part of the debt is disputed. */
  public boolean isPartial() {
    return disputedPart != null;
  }

  /** Whether the dispute is open (received and not yet resolved) at {@code at}. */
  public boolean isOpenAt(Instant at) {
    return !receivedAt.isAfter(at) && (resolvedAt == null || resolvedAt.isAfter(at));
  }

  /** Whether verification had been sent by {@code at}. */
  public boolean isVerifiedBy(Instant at) {
    return verificationSentAt != null && !verificationSentAt.isAfter(at);
  }

  /** This dispute with verification sent at {@code at}. */
  public Dispute verificationSent(Instant at) {
    return new Dispute(receivedAt, written, at, resolvedAt, disputedPart);
  }

  /** This dispute resolved at {@code at}. */
  public Dispute resolved(Instant at) {
    return new Dispute(receivedAt, written, verificationSentAt, at, disputedPart);
  }
}
