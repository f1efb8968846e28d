package io.cobranza.domain.debtor;

import java.util.Objects;

/** The identity of a debtor, as the lender or agency knows it. */
public record DebtorId(String value) {
  public DebtorId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("debtor id must not be blank");
    }
  }

  /** A debtor id from its text. */
  public static DebtorId of(String value) {
    return new DebtorId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
