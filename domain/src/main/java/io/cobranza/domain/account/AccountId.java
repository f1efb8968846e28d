package io.cobranza.domain.account;

import java.util.Objects;

/**
 * The identity of an account: one debt. Loans grouped under one account number (student loans, for
 * example) are one debt for contact-rule purposes.
 */
public record AccountId(String value) implements Comparable<AccountId> {
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

  /** Orders by the id's text, so that sets of accounts iterate the same way on every run. */
  @Override
  public int compareTo(AccountId other) {
    return value.compareTo(other.value);
  }

  /** An unmodifiable set of account ids in their natural order. */
  public static java.util.SortedSet<AccountId> sortedSet(java.util.Collection<AccountId> ids) {
    return java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(ids));
  }

  @Override
  public String toString() {
    return value;
  }
}
