package io.cobranza.application.contact;

import io.cobranza.domain.contact.ContactDecision;

/** What became of a {@link DecideContact}. */
public sealed interface DecideContactResult {
  /** The gate decided. */
  record Decided(ContactDecision decision) implements DecideContactResult {}

  /** The case, its debtor or one of the named accounts is not known. */
  record NotFound(String field, String value) implements DecideContactResult {}
}
