package io.cobranza.domain.behaviour;

import io.cobranza.domain.payment.Cadence;
import java.util.Optional;

/** The rhythm a debtor's payments keep, as read from the intervals between them. */
public enum InferredCadence {
  /** About every week (median interval 5 to 9 days). */
  WEEKLY,
  /** About every two weeks (12 to 17 days). */
  FORTNIGHTLY,
  /** About every month (26 to 35 days). */
  MONTHLY,
  /** Payments without a steady rhythm. */
  IRREGULAR,
  /** Too few payments to tell (fewer than three paying days). */
  UNKNOWN;

  /** The plan cadence a debtor with this rhythm can keep, if there is one. */
  public Optional<Cadence> asPlanCadence() {
    return switch (this) {
      case WEEKLY -> Optional.of(Cadence.WEEKLY);
      case FORTNIGHTLY -> Optional.of(Cadence.FORTNIGHTLY);
      case MONTHLY -> Optional.of(Cadence.MONTHLY);
      case IRREGULAR, UNKNOWN -> Optional.empty();
    };
  }
}
