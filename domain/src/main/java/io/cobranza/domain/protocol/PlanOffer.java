package io.cobranza.domain.protocol;

import io.cobranza.domain.payment.Cadence;
import java.util.Objects;

/**
 * The terms a plan offer proposes: instalments at a cadence, up to a number of them.
 *
 * @param cadence weekly, fortnightly or monthly instalments
 * @param maxInstalments the most instalments the debtor may choose (validated: at least one)
 */
public record PlanOffer(Cadence cadence, int maxInstalments) {
  public PlanOffer {
    Objects.requireNonNull(cadence, "cadence");
  }
}
