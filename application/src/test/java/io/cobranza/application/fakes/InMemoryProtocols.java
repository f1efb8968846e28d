package io.cobranza.application.fakes;

import io.cobranza.application.protocol.Protocols;
import io.cobranza.domain.protocol.TreatmentProtocol;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@link Protocols} in a map keyed by id and version. */
public final class InMemoryProtocols implements Protocols {
  private final Map<String, TreatmentProtocol> versions = new LinkedHashMap<>();

  @Override
  public synchronized Optional<TreatmentProtocol> find(String id, int version) {
    return Optional.ofNullable(versions.get(id + "@" + version));
  }

  @Override
  public synchronized Optional<TreatmentProtocol> latest(String id) {
    return versions.values().stream()
        .filter(p -> p.id().equals(id))
        .max(Comparator.comparingInt(TreatmentProtocol::version));
  }

  @Override
  public synchronized boolean addVersion(TreatmentProtocol protocol) {
    return versions.putIfAbsent(protocol.id() + "@" + protocol.version(), protocol) == null;
  }
}
