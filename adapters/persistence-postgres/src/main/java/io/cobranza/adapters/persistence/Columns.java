package io.cobranza.adapters.persistence;

import io.cobranza.domain.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Set;

/** Conversions between domain values and column values shared by the repositories. */
public final class Columns {
  private Columns() {}

  /** Money from an amount and a char(3) currency column. */
  public static Money money(BigDecimal amount, String currency) {
    return Money.of(amount, Currency.getInstance(currency.trim()));
  }

  /** The names of enum constants, in declaration order (a stable array for text[] columns). */
  public static <E extends Enum<E>> String[] names(Collection<E> values) {
    return values.stream().sorted().map(Enum::name).toArray(String[]::new);
  }

  /** The enum constants named in a text[] column. */
  public static <E extends Enum<E>> Set<E> enums(Class<E> type, String[] names) {
    var set = EnumSet.noneOf(type);
    for (var name : names) {
      set.add(Enum.valueOf(type, name));
    }
    return set;
  }

  /** An instant as a timestamptz value. */
  public static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
