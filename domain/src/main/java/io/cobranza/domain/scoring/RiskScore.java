package io.cobranza.domain.scoring;

import io.cobranza.domain.debtor.DebtorId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A debtor's probability of default as a model saw it.
 *
 * @param debtorId whose score
 * @param probabilityOfDefault between 0 and 1
 * @param modelVersion the model that produced it
 * @param scoredAt when
 */
public record RiskScore(
    DebtorId debtorId, BigDecimal probabilityOfDefault, String modelVersion, Instant scoredAt) {
  public RiskScore {
    Objects.requireNonNull(debtorId, "debtorId");
    Objects.requireNonNull(probabilityOfDefault, "probabilityOfDefault");
    Objects.requireNonNull(modelVersion, "modelVersion");
    Objects.requireNonNull(scoredAt, "scoredAt");
    if (probabilityOfDefault.signum() < 0 || probabilityOfDefault.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "probabilityOfDefault must be between 0 and 1, was " + probabilityOfDefault);
    }
  }

  /** The band of this score. */
  public RiskBand band() {
    return RiskBand.of(probabilityOfDefault);
  }
}
