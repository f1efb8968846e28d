package io.cobranza.domain.scoring;

import java.math.BigDecimal;

/** A coarse band of the probability of default, for segments and managers. */
public enum RiskBand {
  LOW,
  MEDIUM,
  HIGH;

  private static final BigDecimal MEDIUM_FROM = new BigDecimal("0.20");
  private static final BigDecimal HIGH_FROM = new BigDecimal("0.50");

  /** The band of a probability of default between 0 and 1. */
  public static RiskBand of(BigDecimal probabilityOfDefault) {
    if (probabilityOfDefault.compareTo(HIGH_FROM) >= 0) {
      return HIGH;
    }
    return probabilityOfDefault.compareTo(MEDIUM_FROM) >= 0 ? MEDIUM : LOW;
  }
}
