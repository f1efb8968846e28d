package io.cobranza.archfixture.domain;

import java.time.Instant;

/** A rule that reads the wall clock instead of being given the time: forbidden. */
public class ClockReadingPolicy {
  /** Breaks time-and-randomness-are-inputs. */
  public boolean isLate(Instant due) {
    return Instant.now().isAfter(due);
  }
}
