package io.cobranza.application.protocol;

import static io.cobranza.application.InvalidCommandException.present;
import static io.cobranza.application.InvalidCommandException.require;

import io.cobranza.domain.protocol.TreatmentProtocol;

/**
 * Defines a new version of a treatment protocol: the command of {@link DefineProtocolUseCase}.
 *
 * @param protocol the protocol, validated by the use case
 * @param actor who defines it, for the audit trail
 */
public record DefineProtocol(TreatmentProtocol protocol, String actor) {
  public DefineProtocol {
    present(protocol, "protocol");
    present(actor, "actor");
    require(!actor.isBlank(), "actor", "must name who defines the protocol");
  }
}
