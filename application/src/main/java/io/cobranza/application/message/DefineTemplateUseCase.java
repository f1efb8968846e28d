package io.cobranza.application.message;

import io.cobranza.domain.message.TemplateError;
import java.util.List;

/**
 * Validates a message template against what every jurisdiction it may reach requires, and stores it
 * as a new version, recording who did it.
 */
public interface DefineTemplateUseCase {
  /** What became of the definition. */
  Result define(DefineTemplate command);

  /** The outcome of defining a template. */
  sealed interface Result {
    /** Stored as a new version. */
    record Defined(String name, int version) implements Result {}

    /** Not stored: every mistake in the template, each with its field. */
    record Invalid(List<TemplateError> errors) implements Result {
      public Invalid {
        errors = List.copyOf(errors);
      }
    }

    /**
     * Not stored: versions are immutable, and this one exists (or is not the next one).
     *
     * @param latest the newest version stored
     */
    record VersionConflict(String name, int version, int latest) implements Result {}
  }
}
