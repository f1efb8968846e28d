package io.cobranza.application.protocol;

import io.cobranza.domain.protocol.TreatmentProtocol;
import java.util.Optional;

/** The treatment protocols, every version kept (outbound port). */
public interface Protocols {
  /** One version of a protocol. */
  Optional<TreatmentProtocol> find(String id, int version);

  /** The newest version of a protocol. */
  Optional<TreatmentProtocol> latest(String id);

  /**
   * Stores a new version; a version once stored never changes, so storing a version that exists
   * answers {@code false} and writes nothing.
   */
  boolean addVersion(TreatmentProtocol protocol);
}
