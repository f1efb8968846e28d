package io.cobranza.application.fakes;

import io.cobranza.application.message.Templates;
import io.cobranza.domain.message.MessageTemplate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@link Templates} in memory: each name's versions in order. */
public final class InMemoryTemplates implements Templates {
  private final Map<String, TreeMap<Integer, MessageTemplate>> byName = new HashMap<>();

  @Override
  public synchronized Optional<MessageTemplate> find(String name, int version) {
    var versions = byName.get(name);
    return versions == null ? Optional.empty() : Optional.ofNullable(versions.get(version));
  }

  @Override
  public synchronized Optional<MessageTemplate> latest(String name) {
    var versions = byName.get(name);
    return versions == null || versions.isEmpty()
        ? Optional.empty()
        : Optional.of(versions.lastEntry().getValue());
  }

  @Override
  public synchronized boolean addVersion(MessageTemplate template) {
    return byName
            .computeIfAbsent(template.name(), name -> new TreeMap<>())
            .putIfAbsent(template.version(), template)
        == null;
  }
}
