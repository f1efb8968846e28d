package io.cobranza.application.message;

import io.cobranza.domain.message.MessageTemplate;
import io.cobranza.domain.message.MessageTemplates;
import java.util.Optional;

/** The message templates, every version kept (outbound port). */
public interface Templates extends MessageTemplates {
  /** One version of a template. */
  Optional<MessageTemplate> find(String name, int version);

  /**
   * Stores a new version; a version once stored never changes, so storing a version that exists
   * answers {@code false} and writes nothing.
   */
  boolean addVersion(MessageTemplate template);
}
