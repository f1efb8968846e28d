package io.cobranza.domain.protocol;

import java.util.List;
import java.util.stream.Collectors;

/** The result of validating a treatment protocol: valid, or invalid with every mistake listed. */
public sealed interface ProtocolValidation {

  /** Every mistake found; empty when valid. */
  List<ProtocolError> errors();

  /** Whether the protocol may be used. */
  default boolean isValid() {
    return errors().isEmpty();
  }

  /** The protocol may be used. */
  record Valid() implements ProtocolValidation {
    @Override
    public List<ProtocolError> errors() {
      return List.of();
    }
  }

  /**
   * The protocol must not be used.
   *
   * @param errors every mistake, at least one
   */
  record Invalid(List<ProtocolError> errors) implements ProtocolValidation {
    public Invalid {
      errors = List.copyOf(errors);
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("errors: an invalid protocol has at least one error");
      }
    }

    /** Every mistake, one per line. */
    public String describe() {
      return errors.stream().map(ProtocolError::toString).collect(Collectors.joining("\n"));
    }
  }
}
