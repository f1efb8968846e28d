package io.cobranza.application.message;

import static io.cobranza.application.InvalidCommandException.present;
import static io.cobranza.application.InvalidCommandException.require;

import io.cobranza.domain.message.MessageTemplate;

/**
 * Defines a new version of a message template: the command of {@link DefineTemplateUseCase}.
 *
 * @param template the template, validated by the use case against the contact rules
 * @param actor who defines it, for the audit trail
 */
public record DefineTemplate(MessageTemplate template, String actor) {
  public DefineTemplate {
    present(template, "template");
    present(actor, "actor");
    require(!actor.isBlank(), "actor", "must name who defines the template");
  }
}
