package io.cobranza.domain.collection;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A pause on a case's automated contact.
 *
 * @param kind why
 * @param since when it started
 * @param until when it lifts by itself, or null when something must lift it
 * @param note what a person should know about it
 */
public record Hold(HoldKind kind, Instant since, @Nullable Instant until, String note) {
  public Hold {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(note, "note");
    if (until != null && !until.isAfter(since)) {
      throw new IllegalArgumentException("until: a hold must end after it starts");
    }
  }

  /** Whether the hold is in force at {@code at}. */
  public boolean isActiveAt(Instant at) {
    return !at.isBefore(since) && (until == null || at.isBefore(until));
  }
}
