package io.cobranza.application.protocol;

import io.cobranza.domain.protocol.ProtocolError;
import java.util.List;

/** Validates a protocol and stores it as a new version, recording who did it. */
public interface DefineProtocolUseCase {
  /** What became of the definition. */
  Result define(DefineProtocol command);

  /** The outcome of defining a protocol. */
  sealed interface Result {
    /** Stored as a new version. */
    record Defined(String id, int version) implements Result {}

    /** Not stored: every error in the protocol. */
    record Invalid(List<ProtocolError> errors) implements Result {
      public Invalid {
        errors = List.copyOf(errors);
      }
    }

    /**
     * Not stored: versions are immutable, and this one exists (or is not the next one).
     *
     * @param latest the newest version stored
     */
    record VersionConflict(String id, int version, int latest) implements Result {}
  }
}
