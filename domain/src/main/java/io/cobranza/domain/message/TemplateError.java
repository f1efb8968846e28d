package io.cobranza.domain.message;

import java.util.Objects;

/**
 * One mistake in a message template.
 *
 * @param field the field, such as {@code reach[1]} or {@code variants.es.body}
 * @param message a sentence the template's author can act on
 */
public record TemplateError(String field, String message) {
  public TemplateError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
