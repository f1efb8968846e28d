package io.cobranza.application.treatment;

import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.MessageFacts;
import io.cobranza.domain.debtor.Debtor;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the contact gate needs to judge a contact: the debtor as known now, their contact history
 * over the rules' window, and the facts of the message the contact would send.
 *
 * @param debtor the debtor
 * @param history their contacts and call consents since {@link ContactHistory#RULE_WINDOW} ago
 * @param message the facts of the message rendered for the contact, or null when none was asked for
 *     or none could be rendered
 */
public record ContactContext(
    Debtor debtor, ContactHistory history, @Nullable MessageFacts message) {
  public ContactContext {
    Objects.requireNonNull(debtor, "debtor");
    Objects.requireNonNull(history, "history");
  }

  /** The context with no rendered message. */
  public ContactContext(Debtor debtor, ContactHistory history) {
    this(debtor, history, null);
  }
}
