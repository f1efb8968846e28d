package io.cobranza.domain.message;

import io.cobranza.domain.contact.MessageFacts;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A message filled in for one debtor: its text and the facts the contact gate judges.
 *
 * @param facts which template, version and language, and what it carries
 * @param subject the subject line, or null
 * @param body the text
 */
public record RenderedMessage(MessageFacts facts, @Nullable String subject, String body) {
  public RenderedMessage {
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(body, "body");
  }
}
