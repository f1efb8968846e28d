package io.cobranza.domain.debtor;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A legal pause on collection for a debtor, such as a Breathing Space in England and Wales.
 *
 * @param kind the scheme
 * @param start when it took effect
 * @param end when it ends, or null while its end is not known (a mental health crisis moratorium
 *     lasts until 30 days after the crisis treatment ends)
 */
public record Moratorium(Kind kind, Instant start, @Nullable Instant end) {

  /** The scheme a moratorium comes from. */
  public enum Kind {
    /** Standard Breathing Space (SI 2020/1311), 60 days. */
    BREATHING_SPACE,
    /** Mental health crisis moratorium (SI 2020/1311 Part 3). */
    MENTAL_HEALTH_CRISIS,
    /** A moratorium declared by a regulator or government, for example after a disaster. */
    DECLARED
  }

  public Moratorium {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(start, "start");
    if (end != null && !end.isAfter(start)) {
      throw new IllegalArgumentException("end: a moratorium must end after it starts");
    }
  }

  /** Whether the moratorium is in force at {@code at}. */
  public boolean isInForceAt(Instant at) {
    return !at.isBefore(start) && (end == null || at.isBefore(end));
  }
}
