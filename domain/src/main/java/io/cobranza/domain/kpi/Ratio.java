package io.cobranza.domain.kpi;

import io.cobranza.domain.money.CurrencyMismatchException;
import io.cobranza.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * A KPI value: a ratio rounded half-even to a stated scale, or "not applicable" with the reason
 * when its denominator is zero. Never NaN, never an exception.
 */
public sealed interface Ratio permits Ratio.Value, Ratio.NotApplicable {

  /** The scale of rates and shares (0.1234 is 12.34%). */
  int SCALE = 4;

  /**
   * A ratio with a value.
   *
   * @param value the ratio, at its KPI's stated scale
   */
  record Value(BigDecimal value) implements Ratio {
    public Value {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A ratio that cannot be computed.
   *
   * @param reason why, e.g. "no outbound calls"
   */
  record NotApplicable(String reason) implements Ratio {
    public NotApplicable {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * {@code numerator / denominator} at {@link #SCALE}, or not applicable when nothing to divide.
   */
  static Ratio of(long numerator, long denominator, String whenZero) {
    return of(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), SCALE, whenZero);
  }

  /** {@code numerator / denominator} at {@link #SCALE}; both in the same currency. */
  static Ratio of(Money numerator, Money denominator, String whenZero) {
    if (!numerator.currency().equals(denominator.currency())) {
      throw new CurrencyMismatchException(numerator.currency(), denominator.currency());
    }
    return of(numerator.amount(), denominator.amount(), SCALE, whenZero);
  }

  /** {@code numerator / denominator} rounded half-even to {@code scale} decimals. */
  static Ratio of(BigDecimal numerator, BigDecimal denominator, int scale, String whenZero) {
    if (denominator.signum() == 0) {
      return new NotApplicable(whenZero);
    }
    return new Value(numerator.divide(denominator, scale, RoundingMode.HALF_EVEN));
  }

  /** The value, or empty when not applicable. */
  default Optional<BigDecimal> asOptional() {
    return this instanceof Value(var v) ? Optional.of(v) : Optional.empty();
  }

  /** Whether the ratio has a value. */
  default boolean isApplicable() {
    return this instanceof Value;
  }
}
