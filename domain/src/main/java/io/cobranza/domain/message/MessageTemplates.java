package io.cobranza.domain.message;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * The templates protocols may name, by name: a case renders the latest version of the one its step
 * names.
 */
public interface MessageTemplates {

  /** The latest version of the template with this name, if there is one. */
  Optional<MessageTemplate> latest(String name);

  /** The latest version of each of {@code templates}' names, held in memory. */
  static MessageTemplates of(Collection<MessageTemplate> templates) {
    var latest = new LinkedHashMap<String, MessageTemplate>();
    templates.stream()
        .sorted(Comparator.comparingInt(MessageTemplate::version))
        .forEach(t -> latest.put(t.name(), t));
    return name -> Optional.ofNullable(latest.get(name));
  }
}
