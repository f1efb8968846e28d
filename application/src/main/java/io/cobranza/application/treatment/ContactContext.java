package io.cobranza.application.treatment;

import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.debtor.Debtor;
import java.util.Objects;

/**
 * What the contact gate needs to judge a contact: the debtor as known now and their contact history
 * over the rules' window.
 *
 * @param debtor the debtor
 * @param history their contacts and call consents since {@link ContactHistory#RULE_WINDOW} ago
 */
public record ContactContext(Debtor debtor, ContactHistory history) {
  public ContactContext {
    Objects.requireNonNull(debtor, "debtor");
    Objects.requireNonNull(history, "history");
  }
}
