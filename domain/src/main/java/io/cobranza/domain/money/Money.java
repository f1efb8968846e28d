package io.cobranza.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An amount of money in one currency, always held at the currency's minor-unit scale.
 *
 * <p>Arithmetic between two currencies is a bug, so it throws; rounding is explicit and half-even
 * (banker's rounding) unless the caller says otherwise. There is no {@code double} anywhere:
 * amounts enter as {@link BigDecimal}, strings or minor units.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

  /** The rounding used when an amount has more decimals than its currency allows. */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    amount = amount.setScale(scaleOf(currency), ROUNDING);
  }

  /** Money from a decimal string such as {@code "120.50"}, rounded to the currency's scale. */
  public static Money of(String amount, String currencyCode) {
    return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
  }

  /** Money from a decimal amount, rounded to the currency's scale. */
  public static Money of(BigDecimal amount, Currency currency) {
    return new Money(amount, currency);
  }

  /** Money from a count of minor units (cents, pence). */
  public static Money ofMinor(long minorUnits, Currency currency) {
    return new Money(BigDecimal.valueOf(minorUnits, scaleOf(currency)), currency);
  }

  /** Zero in the given currency. */
  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  /** The sum of the amounts, all of which must be in {@code currency}. */
  public static Money sum(List<Money> amounts, Currency currency) {
    var total = zero(currency);
    for (var m : amounts) {
      total = total.plus(m);
    }
    return total;
  }

  private static int scaleOf(Currency currency) {
    // Pseudo-currencies (XXX, XAU) report -1: keep four decimals for them.
    int digits = currency.getDefaultFractionDigits();
    return digits < 0 ? 4 : digits;
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  /** This amount times a factor, rounded half-even to the currency's scale. */
  public Money times(BigDecimal factor) {
    return new Money(amount.multiply(factor), currency);
  }

  /** This amount times a whole number. */
  public Money times(long factor) {
    return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
  }

  /** The ratio of this amount to another in the same currency, to {@code scale} decimals. */
  public BigDecimal ratioTo(Money other, int scale) {
    requireSameCurrency(other);
    if (other.isZero()) {
      throw new ArithmeticException("ratio to a zero amount");
    }
    return amount.divide(other.amount, scale, ROUNDING);
  }

  /**
   * Splits this amount into {@code parts} amounts that add up to it exactly; the first parts carry
   * the extra minor units, so that no cent is lost or invented.
   */
  public List<Money> allocate(int parts) {
    if (parts <= 0) {
      throw new IllegalArgumentException("parts must be positive, was " + parts);
    }
    var minor = amount.movePointRight(amount.scale()).toBigIntegerExact();
    var n = java.math.BigInteger.valueOf(parts);
    var base = minor.divide(n);
    int remainder = minor.subtract(base.multiply(n)).abs().intValueExact();
    var unit = java.math.BigInteger.valueOf(minor.signum() < 0 ? -1 : 1);
    var result = new java.util.ArrayList<Money>(parts);
    for (int i = 0; i < parts; i++) {
      var share = i < remainder ? base.add(unit) : base;
      result.add(new Money(new BigDecimal(share, amount.scale()), currency));
    }
    return List.copyOf(result);
  }

  /**
   * This amount as a whole number of minor units (cents, pence; yen for JPY, fils for BHD).
   *
   * @throws ArithmeticException if the amount does not fit in a {@code long}
   */
  public long minorUnits() {
    return amount.unscaledValue().longValueExact();
  }

  /** The number of decimals this amount is held at: the currency's minor-unit scale. */
  public int scale() {
    return amount.scale();
  }

  public Money negate() {
    return new Money(amount.negate(), currency);
  }

  public Money abs() {
    return new Money(amount.abs(), currency);
  }

  /** The larger of this and zero: what is still owed after an overpayment is nothing. */
  public Money atLeastZero() {
    return isNegative() ? zero(currency) : this;
  }

  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  public Money max(Money other) {
    return compareTo(other) >= 0 ? this : other;
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public boolean isPositive() {
    return amount.signum() > 0;
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  /** Compares amounts in the same currency; comparing two currencies is a bug. */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
  }

  /** The amount and the ISO code, e.g. {@code 120.50 USD}. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
