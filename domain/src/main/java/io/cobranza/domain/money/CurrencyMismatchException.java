package io.cobranza.domain.money;

import java.util.Currency;

/** Thrown when two amounts in different currencies are combined: a bug, never a rule. */
public final class CurrencyMismatchException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Names both currencies. */
  public CurrencyMismatchException(Currency left, Currency right) {
    super(
        "cannot combine "
            + left.getCurrencyCode()
            + " with "
            + right.getCurrencyCode()
            + ": convert explicitly first");
  }
}
