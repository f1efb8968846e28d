package io.cobranza.domain.behaviour;

/** Where the debtor's balance is heading. */
public enum BalanceTrend {
  /** Growing by more than 2% of its mean a month. */
  RISING,
  /** Within 2% a month either way. */
  FLAT,
  /** Shrinking by more than 2% of its mean a month. */
  FALLING,
  /** Fewer than two balances four weeks apart. */
  UNKNOWN
}
