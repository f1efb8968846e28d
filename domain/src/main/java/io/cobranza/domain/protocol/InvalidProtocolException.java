package io.cobranza.domain.protocol;

import java.util.List;

/**
 * Thrown when code insists on using a protocol that is not valid; loaders should call {@link
 * TreatmentProtocol#validate()} and report the errors instead.
 */
public final class InvalidProtocolException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<ProtocolError> errors;

  /** An exception listing every error of the protocol with the given label. */
  public InvalidProtocolException(String protocol, List<ProtocolError> errors) {
    super(message(protocol, errors));
    this.errors = List.copyOf(errors);
  }

  private static String message(String protocol, List<ProtocolError> errors) {
    var text = new StringBuilder("protocol ").append(protocol).append(" is invalid (");
    text.append(errors.size()).append(errors.size() == 1 ? " error):" : " errors):");
    for (var error : errors) {
      text.append("\n  - ").append(error);
    }
    return text.toString();
  }

  /** Every error of the protocol. */
  public List<ProtocolError> errors() {
    return errors;
  }
}
