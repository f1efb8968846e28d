package io.cobranza.domain.contact.policy;

import java.time.Duration;
import java.util.Objects;

/** The window over which a contact cap counts. */
public sealed interface CountingWindow {

  /**
   * Any run of {@code days} consecutive days on the debtor's local calendar (in every candidate
   * zone): "seven consecutive days".
   */
  record LocalDays(int days) implements CountingWindow {
    public LocalDays {
      if (days < 1) {
        throw new IllegalArgumentException("days: a window lasts at least one day");
      }
    }
  }

  /** The {@code length} of time before the contact, whatever the calendar: "24 hours". */
  record Rolling(Duration length) implements CountingWindow {
    public Rolling {
      Objects.requireNonNull(length, "length");
      if (length.isNegative() || length.isZero()) {
        throw new IllegalArgumentException("length: a rolling window must be positive");
      }
    }
  }
}
