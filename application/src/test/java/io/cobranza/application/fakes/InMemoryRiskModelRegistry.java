package io.cobranza.application.fakes;

import io.cobranza.application.scoring.RiskModelRegistry;
import io.cobranza.application.scoring.StoredRiskModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Models in a map, activations in a list. */
public final class InMemoryRiskModelRegistry implements RiskModelRegistry {
  private final Map<String, StoredRiskModel> models = new LinkedHashMap<>();
  private final Map<String, String> active = new LinkedHashMap<>();

  @Override
  public synchronized boolean register(StoredRiskModel model) {
    return models.putIfAbsent(model.version(), model) == null;
  }

  @Override
  public synchronized Optional<StoredRiskModel> find(String version) {
    return Optional.ofNullable(models.get(version));
  }

  @Override
  public synchronized List<RegisteredModel> list() {
    var list = new ArrayList<RegisteredModel>();
    for (var model : models.values()) {
      var in =
          active.entrySet().stream()
              .filter(e -> e.getValue().equals(model.version()))
              .map(Map.Entry::getKey)
              .sorted()
              .toList();
      list.add(
          new RegisteredModel(
              model.version(),
              model.algorithm(),
              model.createdAt(),
              model.crossValidatedAuc(),
              in));
    }
    return list.reversed();
  }

  @Override
  public synchronized void activate(String portfolio, String version, String actor, Instant at) {
    if (!models.containsKey(version)) {
      throw new IllegalArgumentException("version: no registered model has version " + version);
    }
    active.put(portfolio, version);
  }

  @Override
  public synchronized Optional<StoredRiskModel> active(String portfolio) {
    return Optional.ofNullable(active.get(portfolio)).map(models::get);
  }
}
