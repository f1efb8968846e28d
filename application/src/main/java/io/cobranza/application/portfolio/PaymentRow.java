package io.cobranza.application.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A payment of an account's history as read from a file, before validation.
 *
 * @param id the payment's reference, or null to derive one from the account id and position
 * @param amount the amount, in the account's currency
 * @param receivedOn the date it was received
 * @param method how it was paid, or null when the file does not say
 */
public record PaymentRow(
    @Nullable String id, BigDecimal amount, LocalDate receivedOn, @Nullable String method) {
  public PaymentRow {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(receivedOn, "receivedOn");
  }
}
