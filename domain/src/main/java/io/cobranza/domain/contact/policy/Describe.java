package io.cobranza.domain.contact.policy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;

/** Readable renderings of instants and zones for the explanations policies give. */
final class Describe {
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private Describe() {}

  /** An instant, with its local time in each zone: {@code 2026-03-09T14:00:00Z (08:00 ...)}. */
  static String instant(Instant at, Collection<ZoneId> zones) {
    return at
        + " ("
        + zones.stream()
            .map(z -> LOCAL.format(LocalDateTime.ofInstant(at, z)) + " " + z)
            .collect(Collectors.joining(", "))
        + ")";
  }

  /** A list of zones. */
  static String zones(Collection<ZoneId> zones) {
    return zones.stream().map(ZoneId::getId).collect(Collectors.joining(", "));
  }
}
