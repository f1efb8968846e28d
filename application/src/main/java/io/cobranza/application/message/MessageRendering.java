package io.cobranza.application.message;

import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.contact.MessageFacts;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.message.MessageInputs;
import io.cobranza.domain.message.MessageRenderer;
import io.cobranza.domain.message.MessageRequest;
import io.cobranza.domain.message.MessageTemplates;
import io.cobranza.domain.message.Rendering;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Renders the message a contact would send, for the services that put contacts to the gate (the
 * workflow's contact context, the recommender's permitted options, a plan's reminder, a person's
 * question): the facts of the message, which the gate judges, or null when none can be rendered. A
 * contact with no rendered message is judged as one whose content is unknown.
 */
@FunctionalInterface
public interface MessageRendering {

  /**
   * The facts of the message {@code request} names, rendered for the debtor and the case at {@code
   * now}; null when it cannot be rendered.
   */
  @Nullable MessageFacts render(
      MessageRequest request, Debtor debtor, CollectionCase collectionCase, Instant now);

  /**
   * The latest version of the named template in {@code templates}, filled by {@code renderer}; what
   * cannot be rendered, with every reason, goes to {@code notRendered} (the audit trail, a log, a
   * count).
   */
  static MessageRendering of(
      MessageTemplates templates,
      MessageRenderer renderer,
      Consumer<Rendering.NotRendered> notRendered) {
    Objects.requireNonNull(templates, "templates");
    Objects.requireNonNull(renderer, "renderer");
    Objects.requireNonNull(notRendered, "notRendered");
    return (request, debtor, collectionCase, now) ->
        switch (renderer.render(
            templates, request, MessageInputs.at(debtor, collectionCase, now))) {
          case Rendering.Rendered rendered -> rendered.message().facts();
          case Rendering.NotRendered not -> {
            notRendered.accept(not);
            yield null;
          }
        };
  }
}
