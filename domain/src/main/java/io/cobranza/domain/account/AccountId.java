package io.cobranza.domain.account;

import java.util.Objects;

/**
 * The identity of an account: one debt. Loans grouped under one account number (student loans, for
 * example) are one debt for contact-rule purposes.
 */
public record AccountId(String value) {
  public AccountId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("account id must not be blank");
    }
  }

  /** An account id from its text. */
  public static AccountId of(String value) {
    return new AccountId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
